package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Deployments;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In a real browser: every role logs in on the Chinese login page and lands on its own home; English on request. */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
class LoginBrowserIT {

    /** username, home path, heading, role name as shown */
    private static final List<String[]> ROLES = List.of(
            new String[] {"demo.applicant", "/applicant/home.xhtml", "申请人工作台", "申请人"},
            new String[] {"demo.reviewer", "/reviewer/home.xhtml", "审核工作台", "审核人员"},
            new String[] {"demo.expert", "/expert/home.xhtml", "专家评审工作台", "评审专家"},
            new String[] {"demo.bank", "/bank/home.xhtml", "银行工作台", "银行"},
            new String[] {"demo.admin", "/admin/home.xhtml", "系统管理", "管理员"});

    @Test
    void everyRoleLogsInAndLandsOnItsHomeInChinese(Browser browser) {
        for (String[] role : ROLES) {
            browser.open("/");
            browser.waitForPath(LoginPage.PATH);
            assertEquals("登录人才与金融扶持平台", browser.text("page-heading"));
            browser.assertAccessible();

            new LoginPage(browser).submit(role[0], Deployments.DEMO_PASSWORD);

            browser.waitForPath(role[1]);
            assertEquals(role[2], browser.text("page-heading"), role[0]);
            assertEquals(role[3], browser.text("roles"), role[0]);
            assertTrue(browser.text("welcome").startsWith("欢迎，"), browser.text("welcome"));
            browser.assertAccessible();

            browser.click("shell:logout");
            browser.waitForPath(LoginPage.PATH);
            assertTrue(browser.pageSource().contains("您已安全退出"));
        }
    }

    @Test
    void aFailedLoginIsExplainedAndTheRegistrationPageIsAccessible(Browser browser) {
        LoginPage.open(browser).submit("demo.admin", "not-the-password");
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
    void theInterfaceSwitchesToEnglish(Browser browser) {
        LoginPage login = LoginPage.open(browser);
        browser.click("shell:en");
        browser.waitForPath(LoginPage.PATH);
        assertEquals("Sign in to the Talent & Fund Support Suite", browser.text("page-heading"));
        login.signIn("demo.admin", Deployments.DEMO_PASSWORD, "/admin/home.xhtml");
        assertEquals("Administration", browser.text("page-heading"));
        browser.click("nav-accounts");
        browser.waitForPath("/admin/accounts.xhtml");
        assertEquals("Accounts and organisations", browser.text("page-heading"));
        browser.assertAccessible();
    }
}
