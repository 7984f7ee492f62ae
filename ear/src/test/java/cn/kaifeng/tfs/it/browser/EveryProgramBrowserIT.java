package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.it.Verifications;
import cn.kaifeng.tfs.testkit.WebClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every one of the eight shipped programs, applied for in a real browser in Chinese by a newly registered
 * enterprise: the form generated from the program's definition is filled as a user fills it (a row in every
 * repeated group, a number in every number field, the first option of every choice, every box ticked, a PDF for
 * every required material), saved, and submitted, and the application gets its number. Each form is checked for
 * accessibility. What each program's rules then make of the answers is the engine tests' business.
 */
@ExtendWith(ArquillianExtension.class)
class EveryProgramBrowserIT {

    private static final List<String> PROGRAMS = List.of(
            "KF-RC-TEAM",
            "KF-RC-TALENT",
            "KF-JJ-FUND",
            "KF-GZ-EQUITY-DEBT",
            "KF-XD-CREDIT",
            "KF-XD-IP-PLEDGE",
            "KF-XD-EQUITY-PLEDGE",
            "KF-ZL-LEASING");

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

    @Test
    void aNewEnterpriseAppliesToEachOfTheEightPrograms() throws IOException {
        String username = TestData.username("baqi");
        browser.open("/register.xhtml");
        browser.clickCss("label[for='register:organisationKind:0']");
        browser.type("register:organisationName", "开封八项申请测试有限公司" + username);
        String code = TestData.creditCode();
        browser.type("register:creditCode", code);
        browser.type("register:legalRepresentative", "张示例");
        browser.type("register:displayName", "测试联系人");
        browser.type("register:username", username);
        browser.type("register:password", "Kaifeng#XR2026");
        browser.type("register:passwordRepeat", "Kaifeng#XR2026");
        browser.click("register:submit");
        browser.waitForPath("/login.xhtml");
        WebClient claimant = new WebClient(Deployments.baseUrl());
        assertEquals(302, claimant.login(username, "Kaifeng#XR2026").statusCode());
        Verifications.verify(claimant, code);
        browser.type("login:username", username);
        browser.type("login:password", "Kaifeng#XR2026");
        browser.click("login:submit");
        browser.waitForPath("/applicant/home.xhtml");
        Path pdf = Files.write(Files.createTempDirectory("every-program").resolve("材料.pdf"), SampleFiles.plainPdf());

        for (String program : PROGRAMS) {
            browser.open("/applicant/programs.xhtml");
            browser.clickCss("button[aria-describedby='program-" + program + "']");
            browser.waitForPath("/applicant/application.xhtml");
            fillEveryField();
            attachToEveryMaterial(pdf);
            browser.click("app:save");
            browser.waitForText("messages", "草稿已保存");
            browser.assertAccessible();

            browser.click("app:submit");
            browser.click("app:confirm-yes");
            browser.waitForPath("/applicant/applications.xhtml");
            // numbered with the program's own prefix (numberPrefix in its definition)
            Matcher number = Pattern.compile("KF-[A-Z]{2}-\\d{4}-\\d{5}").matcher(browser.text("messages"));
            assertTrue(number.find(), program + ": " + browser.text("messages"));
        }
    }

    /** As a user would: a row in each repeated group first, then every input of the form. */
    private void fillEveryField() {
        int groups = browser.driver()
                .findElements(By.cssSelector("button[id$=':add-row']"))
                .size();
        for (int i = 0; i < groups; i++) {
            browser.waitForAjax();
            browser.driver()
                    .findElements(By.cssSelector("button[id$=':add-row']"))
                    .get(i)
                    .click();
        }
        browser.waitForAjax();
        for (String id : ids("input[id^='app:fields:'][id$=':number_input']")) {
            browser.type(id, "1");
        }
        for (String id : ids("input[id^='app:fields:'][id$=':text']")) {
            browser.type(id, "示例");
        }
        for (String id : ids("div.ui-selectonemenu[id^='app:fields:'][id$=':choice']")) {
            // the hidden select behind the menu: its first option is "please choose", the second the first answer
            String first = browser.driver()
                    .findElements(By.cssSelector("[id='" + id + "_input'] option"))
                    .get(1)
                    .getAttribute("textContent")
                    .strip();
            browser.selectOne(id, first);
        }
        for (String id : ids("div[id^='app:fields:'][id$=':bool']")) {
            browser.tick(id);
        }
        for (String id : ids("[id^='app:fields:'][id$=':choices']")) {
            browser.find(id).findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
    }

    private void attachToEveryMaterial(Path pdf) {
        int slots = browser.driver()
                .findElements(By.cssSelector("h3.tfs-slot-heading"))
                .size();
        for (int i = 0; i < slots; i++) {
            String input = "app:slots:" + i + ":upload_input";
            if (!browser.driver().findElements(By.id(input)).isEmpty()) {
                int before = count("app:attachments", "材料.pdf");
                browser.upload(input, pdf);
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(d -> count("app:attachments", "材料.pdf") > before);
            }
        }
    }

    private int count(String id, String text) {
        try {
            return browser.text(id).split(Pattern.quote(text), -1).length - 1;
        } catch (org.openqa.selenium.WebDriverException replacedWhileReading) {
            return -1;
        }
    }

    private List<String> ids(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute("id"))
                .toList();
    }
}
