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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every one of the eight shipped programs, applied for in a real browser in Chinese by a newly registered
 * enterprise: the form generated from the program's definition is filled as a user fills it (a row in every
 * repeated group, a number in every number field, the first option of every choice, every box ticked, a PDF for
 * every required material), saved, and submitted, and the application gets its number. Each form is checked for
 * accessibility. What each program's rules then make of the answers is the engine tests' business.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
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

    @Test
    void aNewEnterpriseAppliesToEachOfTheEightPrograms(Browser browser) throws IOException {
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
        browser.waitForPath(LoginPage.PATH);
        WebClient claimant = new WebClient(Deployments.baseUrl());
        assertEquals(302, claimant.login(username, "Kaifeng#XR2026").statusCode());
        Verifications.verify(claimant, code);
        new LoginPage(browser).signIn(username, "Kaifeng#XR2026", "/applicant/home.xhtml");
        Path pdf = Files.write(Files.createTempDirectory("every-program").resolve("材料.pdf"), SampleFiles.plainPdf());

        for (String program : PROGRAMS) {
            browser.open("/applicant/programs.xhtml");
            ApplicationPage form = ApplicationPage.start(browser, program);
            form.fillEveryField();
            form.attachToEveryMaterial(pdf);
            form.save();
            browser.waitForText("messages", "草稿已保存");
            browser.assertAccessible();

            form.submit();
            browser.waitForPath("/applicant/applications.xhtml");
            // numbered with the program's own prefix (numberPrefix in its definition)
            Matcher number = Pattern.compile("KF-[A-Z]{2}-\\d{4}-\\d{5}").matcher(browser.text("messages"));
            assertTrue(number.find(), program + ": " + browser.text("messages"));
        }
    }
}
