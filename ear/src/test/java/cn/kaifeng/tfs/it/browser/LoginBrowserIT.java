package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Deployments;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In a real browser: every role logs in on the Chinese login page and lands on its own home; English on request. */
@ExtendWith(ArquillianExtension.class)
class LoginBrowserIT {

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** username, home path, heading, role name as shown */
    private static final List<String[]> ROLES = List.of(
            new String[] {"demo.applicant", "/applicant/home.xhtml", "申请人工作台", "申请人"},
            new String[] {"demo.reviewer", "/reviewer/home.xhtml", "审核工作台", "审核人员"},
            new String[] {"demo.expert", "/expert/home.xhtml", "专家评审工作台", "评审专家"},
            new String[] {"demo.bank", "/bank/home.xhtml", "银行工作台", "银行"},
            new String[] {"demo.admin", "/admin/home.xhtml", "系统管理", "管理员"});

    @Test
    void everyRoleLogsInAndLandsOnItsHomeInChinese() {
        for (String[] role : ROLES) {
            browser.open("/");
            browser.waitForPath("/login.xhtml");
            assertEquals("登录人才与金融扶持平台", browser.text("page-heading"));
            browser.assertAccessible();

            browser.type("login:username", role[0]);
            browser.type("login:password", Deployments.DEMO_PASSWORD);
            browser.click("login:submit");

            browser.waitForPath(role[1]);
            assertEquals(role[2], browser.text("page-heading"), role[0]);
            assertEquals(role[3], browser.text("roles"), role[0]);
            assertTrue(browser.text("welcome").startsWith("欢迎，"), browser.text("welcome"));
            browser.assertAccessible();

            browser.click("shell:logout");
            browser.waitForPath("/login.xhtml");
            assertTrue(browser.pageSource().contains("您已安全退出"));
        }
    }

    @Test
    void aFailedLoginIsExplainedAndTheRegistrationPageIsAccessible() {
        browser.open("/login.xhtml");
        browser.type("login:username", "demo.admin");
        browser.type("login:password", "not-the-password");
        browser.click("login:submit");
        // the answer comes back to the same path, so waiting for the path would read the page before it: wait for
        // the message itself
        browser.waitForText("messages", "用户名或密码不正确");
        browser.assertAccessible();

        browser.click("register-link");
        browser.waitForPath("/register.xhtml");
        assertEquals("申请人注册", browser.text("page-heading"));
        browser.assertAccessible();
    }

    @Test
    void theInterfaceSwitchesToEnglish() {
        browser.open("/login.xhtml");
        browser.click("shell:en");
        browser.waitForPath("/login.xhtml");
        assertEquals("Sign in to the Talent & Fund Support Suite", browser.text("page-heading"));
        browser.type("login:username", "demo.admin");
        browser.type("login:password", Deployments.DEMO_PASSWORD);
        browser.click("login:submit");
        browser.waitForPath("/admin/home.xhtml");
        assertEquals("Administration", browser.text("page-heading"));
        browser.click("nav-accounts");
        browser.waitForPath("/admin/accounts.xhtml");
        assertEquals("Accounts and organisations", browser.text("page-heading"));
        browser.assertAccessible();
    }
}
