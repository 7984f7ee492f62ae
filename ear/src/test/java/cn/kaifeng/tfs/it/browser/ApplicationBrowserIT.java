package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The applicant's main journey in a real browser, in Chinese, from nothing: register a talent team, sign in, fill
 * the profile, choose a program, fill the generated form with a team member, upload the business plan (and see a
 * renamed executable refused), save the draft, leave and come back to find it intact, run the pre-check, submit,
 * and follow the numbered application. Every page is checked for accessibility.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationBrowserIT {

    private static final Pattern NUMBER = Pattern.compile("KF-RC-\\d{4}-\\d{5}");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

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
    void aNewTalentTeamRegistersAppliesWithAnAttachmentSavesComesBackAndSubmits() throws IOException {
        String username = TestData.username("team");
        browser.open("/register.xhtml");
        browser.assertAccessible();
        browser.clickCss("label[for='register:organisationKind:1']");
        browser.type("register:organisationName", "开封示例数字孪生创新团队");
        browser.type("register:creditCode", TestData.creditCode());
        browser.type("register:displayName", "王示例");
        browser.type("register:username", username);
        browser.type("register:password", "Kaifeng#XR2026");
        browser.type("register:passwordRepeat", "Kaifeng#XR2026");
        browser.click("register:submit");
        browser.waitForPath("/login.xhtml");
        browser.waitForText("messages", "注册成功");

        browser.type("login:username", username);
        browser.type("login:password", "Kaifeng#XR2026");
        browser.click("login:submit");
        browser.waitForPath("/applicant/home.xhtml");

        browser.click("nav-profile");
        browser.waitForPath("/applicant/profile.xhtml");
        assertEquals("单位资料", browser.text("page-heading"));
        browser.type("profile:lead", "王示例");
        browser.type("profile:core", "工业数字孪生实时建模与仿真引擎");
        browser.click("profile:save");
        browser.waitForText("messages", "已保存");
        browser.assertAccessible();

        browser.click("nav-apply");
        browser.waitForPath("/applicant/programs.xhtml");
        assertEquals("申请扶持", browser.text("page-heading"));
        browser.assertAccessible();
        browser.clickCss("button[aria-describedby='program-KF-RC-TEAM']");
        browser.waitForPath("/applicant/application.xhtml");
        assertEquals("元宇宙人才团队成果转化扶持", browser.text("page-heading"));
        String formUrl = browser.currentPath();

        // the form is generated from config/programs/kf-rc-team.yaml, in its field order
        browser.selectOne("app:fields:0:choice", "数字孪生");
        browser.selectOne("app:fields:1:choice", "国际领先");
        browser.tick("app:fields:2:bool");
        browser.typeNumber("app:fields:3:number", "5");
        browser.selectOne("app:fields:5:choice", "省级高层次人才");
        browser.click("app:fields:6:add-row");
        browser.type("app:fields:6:rows:0:sub:0:text", "李示例");
        browser.type("app:fields:6:rows:0:sub:1:text", "负责人");
        browser.tick("app:fields:6:rows:0:sub:3:bool");
        browser.tick("app:fields:8:bool");
        browser.tick("app:fields:9:bool");
        browser.typeNumber("app:fields:10:number", "20000000");
        browser.typeNumber("app:fields:12:number", "3000000");

        // attachments: a renamed executable is refused by its content, the real plan is kept at once
        Path dir = Files.createTempDirectory("uploads");
        browser.upload("app:slots:0:upload_input", Files.write(dir.resolve("计划书.pdf"), SampleFiles.executable()));
        browser.waitForText("messages", "不是允许的类型");
        browser.upload("app:slots:0:upload_input", Files.write(dir.resolve("成果转化计划书.pdf"), SampleFiles.plainPdf()));
        browser.waitForText("app:attachments", "成果转化计划书.pdf");
        browser.assertAccessible();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('app:attachments').scrollIntoView()");
        browser.screenshot("application-with-attachment");
        browser.click("app:save");
        browser.waitForText("messages", "草稿已保存");
        browser.assertAccessible();

        // leave, come back: everything saved is there
        browser.click("nav-my-applications");
        browser.waitForPath("/applicant/applications.xhtml");
        browser.assertAccessible();
        browser.open(formUrl);
        assertEquals("国际领先", browser.text("app:fields:1:choice_label"));
        assertEquals("李示例", browser.value("app:fields:6:rows:0:sub:0:text"));
        assertEquals("20,000,000.00", browser.value("app:fields:10:number_input"));
        assertTrue(browser.text("app:attachments").contains("成果转化计划书.pdf"), "the attachment is still there");

        browser.click("app:check");
        browser.waitForText("outcome", "符合资格条件，结果待专家评审");
        assertTrue(browser.pageSource().contains("核心发明专利为 5，属于“≥5”档，得 20 分。"));
        browser.assertAccessible();

        browser.click("app:submit");
        browser.click("app:confirm-yes");
        browser.waitForPath("/applicant/applications.xhtml");
        Matcher number = NUMBER.matcher(browser.text("messages"));
        assertTrue(number.find(), browser.text("messages"));
        assertTrue(browser.text("applications").contains(number.group()));

        browser.open(formUrl);
        assertTrue(browser.text("application-state").contains(number.group()));
        assertTrue(browser.text("application-state").contains("已提交"));
        assertTrue(browser.text("timeline").contains("提交申请"));
        assertTrue(browser.pageSource().contains("提交时的评分结果"));
        browser.assertAccessible();
    }
}
