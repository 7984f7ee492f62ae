package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.TestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 政策直达 in a real browser: a verified enterprise fills its profile, finds on its home the programs its profile
 * matches, with the reasons and the estimate (预估), and starts an application that comes filled in with what the
 * profile states. Every page is checked for accessibility.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
class MatchingBrowserIT {

    @Test
    void anEnterpriseSeesWhatItMayQualifyForAndStartsAPreFilledApplication(Browser browser) {
        String username = TestData.username("home");
        Applicants.newEnterprise(username, "开封匹配示例科技有限公司" + username, TestData.creditCode());
        browser.open("/login.xhtml");
        new LoginPage(browser).signIn(username, "Kaifeng#XR2026", "/applicant/home.xhtml");
        assertTrue(browser.text("matches").contains("暂未匹配到"), "nothing to match before the profile");

        browser.click("nav-profile");
        browser.waitForPath("/applicant/profile.xhtml");
        browser.selectOne("profile:district", "祥符区");
        browser.selectOne("profile:tier", "专精特新企业");
        browser.typeNumber("profile:revenue", "30000000");
        browser.click("profile:save");
        browser.waitForText("messages", "已保存");

        browser.click("nav-home");
        browser.waitForPath("/applicant/home.xhtml");
        String matches = browser.text("matches");
        assertTrue(matches.contains("元宇宙企业融资租赁补贴"), matches);
        assertTrue(matches.contains("可能符合"), "possible: the lease is not in the profile");
        assertTrue(matches.contains("在开封注册纳税：按单位资料已满足"), "a gate the profile answers, with its reason");
        assertTrue(matches.contains("预估扶持金额最高"), "the estimate, labelled 预估");
        browser.assertAccessible();
        browser.picture("applicant-home-matches");

        browser.clickCss("button[aria-describedby='match-name-KF-ZL-LEASING']");
        browser.waitForPath(ApplicationPage.PATH);
        browser.waitForText("messages", "已按单位资料预先填写");
        ApplicationPage form = new ApplicationPage(browser);
        assertEquals("元宇宙企业融资租赁补贴", browser.text("page-heading"));
        // config/programs/kf-zl-leasing.yaml: enterpriseTier (9), revenueLastYear (10), registeredInKaifeng (12)
        assertEquals("“专精特新”企业", form.chosen(9));
        assertEquals("30,000,000.00", form.numberShown(10));
        assertTrue(form.ticked(12), "registered in Kaifeng, as the profile's district says");
        browser.assertAccessible();
    }
}
