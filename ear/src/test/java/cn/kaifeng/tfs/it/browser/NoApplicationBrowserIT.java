package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * 免申即享 in a real browser, end to end: an administrator publishes a program marked {@code mode: no-application}
 * (src/test/resources/programs/no-application.yaml); an enterprise's saved profile makes it a likely match; the
 * bureau proposes the amount from its list; the enterprise, without filling any form, confirms on its home, and the
 * case enters the normal review path with its number. Every page is checked for accessibility.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
class NoApplicationBrowserIT {

    @TempDir
    Path files;

    @Test
    void theBureauProposesAndTheEnterpriseOnlyConfirms(Browser browser) throws IOException {
        Path program = files.resolve("no-application.yaml");
        Files.copy(Path.of("src/test/resources/programs/no-application.yaml"), program);
        browser.signIn("demo.admin", "/admin/home.xhtml");
        browser.click("nav-programs");
        browser.waitForPath("/admin/programs.xhtml");
        browser.upload("import:file", program);
        browser.click("import:upload");
        browser.waitForText("messages", "已导入为草稿");
        browser.click(browser.driver()
                .findElement(By.xpath("//tr[th[normalize-space()='TEST-MIANSHEN']]//button[contains(@id,':publish')]"))
                .getAttribute("id"));
        browser.click("versions:confirm-yes");
        browser.waitForText("messages", "TEST-MIANSHEN 第 1 版已发布");
        browser.signOut();

        // the enterprise only states its profile: R&D of 2,000,000 yuan gives 200,000 by the program's formula
        String username = TestData.username("mianshen");
        String name = "开封免申示例科技有限公司" + username;
        Applicants.newEnterprise(username, name, TestData.creditCode());
        browser.open("/login.xhtml");
        new LoginPage(browser).signIn(username, "Kaifeng#XR2026", "/applicant/home.xhtml");
        browser.click("nav-profile");
        browser.waitForPath("/applicant/profile.xhtml");
        browser.selectOne("profile:district", "祥符区");
        browser.selectOne("profile:tier", "专精特新企业");
        browser.typeNumber("profile:rd", "2000000");
        browser.click("profile:save");
        browser.waitForText("messages", "已保存");
        browser.click("nav-home");
        browser.waitForPath("/applicant/home.xhtml");
        String matches = browser.text("matches");
        assertTrue(matches.contains("研发投入免申即享奖励（测试）") && matches.contains("很可能符合"), matches);
        assertTrue(matches.contains("无需申报"), "a program without application is not started by the applicant");
        browser.signOut();

        // the bureau's list proposes the exact amount to the enterprise
        LoginPage.open(browser).signIn("demo.reviewer", Deployments.DEMO_PASSWORD, "/reviewer/home.xhtml");
        browser.open("/reviewer/proposals.xhtml");
        browser.waitForText("page-heading", "免申即享");
        String row = "//tr[td[contains(normalize-space(), '" + name + "')]]";
        assertTrue(
                browser.driver().findElement(By.xpath(row)).getText().contains("200,000"),
                browser.driver().findElement(By.xpath(row)).getText());
        browser.assertAccessible();
        browser.click(browser.driver()
                .findElement(By.xpath(row + "//button[contains(@id,':propose')]"))
                .getAttribute("id"));
        browser.waitForText("messages", "已向 1 家单位提出扶持");
        assertTrue(
                browser.driver().findElement(By.xpath(row)).getText().contains("待企业确认"),
                browser.driver().findElement(By.xpath(row)).getText());
        browser.signOut();

        // the enterprise confirms on its home; the case is submitted into the review path, filled from the profile
        LoginPage.open(browser).signIn(username, "Kaifeng#XR2026", "/applicant/home.xhtml");
        assertTrue(browser.pageSource().contains("id=\"proposals\""), browser.text("main"));
        String offers = browser.text("proposals");
        assertTrue(offers.contains("研发投入免申即享奖励（测试）") && offers.contains("200,000"), offers);
        browser.assertAccessible();
        browser.click(browser.driver()
                .findElement(By.xpath("//section[@id='proposals']//button[contains(@id,':confirm')]"))
                .getAttribute("id"));
        browser.waitForText("messages", "已进入审核流程");
        String said = browser.text("messages");
        assertTrue(said.matches("(?s).*申报编号 KF-MS-\\d{4}-\\d{5}.*"), said);
        assertFalse(browser.pageSource().contains("id=\"proposals\""), "a confirmed proposal is not offered again");
        browser.assertAccessible();
    }
}
