package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.it.Verifications;
import cn.kaifeng.tfs.testkit.WebClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The applicant's main journey in a real browser, in Chinese, from nothing: register a talent team, sign in, fill
 * the profile, choose a program, fill the generated form with a team member, upload the business plan (and see a
 * renamed executable refused), save the draft, leave and come back to find it intact, run the pre-check, submit,
 * and follow the numbered application. Every page is checked for accessibility.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
class ApplicationBrowserIT {

    private static final Pattern NUMBER = Pattern.compile("KF-RC-\\d{4}-\\d{5}");
    private static final Pattern CREDIT_NUMBER = Pattern.compile("KF-XD-\\d{4}-\\d{5}");

    /**
     * On the open registration page: registers (kind 0 an enterprise, 1 a talent team), then signs in (the phone
     * journey uses it too).
     */
    static void registerAndSignIn(
            Browser browser, int kind, String name, String contact, String username, String registered) {
        browser.assertAccessible();
        browser.clickCss("label[for='register:organisationKind:" + kind + "']");
        browser.type("register:organisationName", name);
        String code = TestData.creditCode();
        browser.type("register:creditCode", code);
        browser.type("register:legalRepresentative", contact);
        browser.type("register:displayName", contact);
        browser.type("register:username", username);
        browser.type("register:password", "Kaifeng#XR2026");
        browser.type("register:passwordRepeat", "Kaifeng#XR2026");
        browser.click("register:submit");
        browser.waitForPath(LoginPage.PATH);
        browser.waitForText("messages", registered);

        new LoginPage(browser).signIn(username, "Kaifeng#XR2026", "/applicant/home.xhtml");
        // the bureau verifies the claimed code (ReviewBrowserIT does that round in the browser)
        WebClient claimant = new WebClient(Deployments.baseUrl());
        assertEquals(302, claimant.login(username, "Kaifeng#XR2026").statusCode());
        Verifications.verify(claimant, code);
    }

    @Test
    void aNewTalentTeamRegistersAppliesWithAnAttachmentSavesComesBackAndSubmits(Browser browser) throws IOException {
        browser.open("/register.xhtml");
        registerAndSignIn(browser, 1, "开封示例数字孪生创新团队", "王示例", TestData.username("team"), "注册成功");

        browser.click("nav-profile");
        browser.waitForPath("/applicant/profile.xhtml");
        assertEquals("单位资料", browser.text("page-heading"));
        browser.type("profile:lead", "王示例");
        browser.type("profile:core", "工业数字孪生实时建模与仿真引擎");
        // a team member: a mistyped ID number is refused next to the field, the corrected one kept only masked
        browser.click("profile:add-member");
        browser.type("profile:rows:0:name", "李示例");
        browser.type("profile:rows:0:role", "技术负责人");
        browser.type("profile:rows:0:employer", "河南大学");
        browser.selectOne("profile:rows:0:education", "博士研究生");
        browser.type("profile:rows:0:idNumber", "410202198512120047");
        browser.click("profile:save");
        browser.waitForText("profile", "身份证号码的校验位不正确");
        browser.assertAccessible();
        browser.type("profile:rows:0:idNumber", "410202198512120046");
        browser.click("profile:save");
        browser.waitForText("messages", "已保存");
        assertEquals("", browser.value("profile:rows:0:idNumber"), "the saved number is not sent back to the page");
        assertTrue(browser.text("profile").contains("410***********0046"), browser.text("profile"));
        assertFalse(browser.pageSource().contains("410202198512120046"), "the whole number is nowhere on the page");
        browser.assertAccessible();

        browser.click("nav-apply");
        browser.waitForPath("/applicant/programs.xhtml");
        assertEquals("申请扶持", browser.text("page-heading"));
        browser.assertAccessible();
        ApplicationPage form = ApplicationPage.start(browser, "KF-RC-TEAM");
        assertEquals("元宇宙人才团队成果转化扶持", browser.text("page-heading"));
        String formUrl = browser.currentPath();

        // the form is generated from config/programs/kf-rc-team.yaml, in its field order
        form.choose(0, "数字孪生");
        form.choose(1, "国际领先");
        form.tick(2);
        form.number(3, "5");
        form.choose(5, "省级高层次人才");
        // the team member comes from the profile (the field says profile: teamMembers); whether the member is a
        // high-level talent is not in the profile, so the team says it here
        assertEquals("李示例", form.textInRow(6, 0, 0));
        assertEquals("技术负责人", form.textInRow(6, 0, 1));
        form.tickInRow(6, 0, 3);
        form.tick(8);
        form.tick(9);
        form.number(10, "20000000");
        form.number(12, "3000000");

        // attachments: a renamed executable is refused by its content, the real plan is kept at once
        Path dir = Files.createTempDirectory("uploads");
        form.upload(0, Files.write(dir.resolve("计划书.pdf"), SampleFiles.executable()));
        browser.waitForText("messages", "不是允许的类型");
        form.upload(0, Files.write(dir.resolve("成果转化计划书.pdf"), SampleFiles.plainPdf()));
        form.waitForAttachment("成果转化计划书.pdf");
        browser.assertAccessible();
        form.scrollToAttachments();
        browser.screenshot("application-with-attachment");
        form.save();
        browser.waitForText("messages", "草稿已保存");
        browser.assertAccessible();
        browser.picture("applicant-form");

        // leave, come back: everything saved is there
        browser.click("nav-my-applications");
        browser.waitForPath("/applicant/applications.xhtml");
        browser.assertAccessible();
        browser.open(formUrl);
        assertEquals("国际领先", form.chosen(1));
        assertEquals("李示例", form.textInRow(6, 0, 0));
        assertEquals("20,000,000.00", form.numberShown(10));
        assertTrue(form.attachments().contains("成果转化计划书.pdf"), "the attachment is still there");

        form.check();
        browser.waitForText("outcome", "符合资格条件，结果待专家评审");
        assertTrue(browser.pageSource().contains("核心发明专利为 5，属于“≥5”档，得 20 分。"));
        browser.assertAccessible();

        form.submit();
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

    /**
     * The same journey in English, for an enterprise and a loan program: every page, label, message, gate and step
     * reads in English, and the pre-check tells a failed gate with its reason before the applicant fixes it.
     */
    @Test
    void anEnterpriseAppliesForCreditInEnglish(Browser browser) throws IOException {
        String username = TestData.username("ent");
        browser.open("/register.xhtml");
        browser.click("shell:en");
        browser.waitForPath("/register.xhtml");
        registerAndSignIn(
                browser, 0, "Kaifeng Example XR Ltd " + username, "Wang Example", username, "Registration complete");

        browser.click("nav-profile");
        browser.waitForPath("/applicant/profile.xhtml");
        assertEquals("Organisation profile", browser.text("page-heading"));
        assertFalse(browser.pageSource().contains("profile:add-member"), "an enterprise lists no team members");
        browser.selectOne("profile:district", "Xiangfu District");
        browser.selectOne("profile:tier", "Backbone enterprise");
        browser.typeNumber("profile:headcount", "120");
        browser.click("profile:save");
        browser.waitForText("messages", "Profile saved.");
        browser.assertAccessible();

        browser.click("nav-apply");
        browser.waitForPath("/applicant/programs.xhtml");
        assertEquals("Apply for support", browser.text("page-heading"));
        ApplicationPage form = ApplicationPage.start(browser, "KF-XD-CREDIT");
        String formUrl = browser.currentPath();

        // the form of config/programs/kf-xd-credit.yaml, labels and options in English; what the profile states
        // (tier, district) comes filled in
        assertEquals("Backbone metaverse enterprise", form.chosen(0));
        assertTrue(form.ticked(10), "registered in Kaifeng, as the profile's district says");
        form.choose(1, "Grade A");
        form.tick(2);
        form.choose(3, "Extended reality (VR/AR/MR)");
        form.number(4, "6");
        form.number(5, "30000000");
        form.number(6, "20000000");
        form.number(7, "120");
        form.number(8, "50000000");
        form.number(9, "10000000");
        form.tick(11);
        form.tick(12);
        Path dir = Files.createTempDirectory("uploads");
        form.upload(0, Files.write(dir.resolve("credit-authorisation.pdf"), SampleFiles.plainPdf()));
        form.waitForAttachment("credit-authorisation.pdf");
        form.upload(1, Files.write(dir.resolve("statements-2025.pdf"), SampleFiles.plainPdf()));
        form.waitForAttachment("statements-2025.pdf");
        form.save();
        browser.waitForText("messages", "Draft saved.");

        // not registered in Kaifeng (the applicant clears the box): the pre-check says which gate fails and why
        form.untick(10);
        form.check();
        browser.waitForText("outcome", "Not eligible");
        assertTrue(browser.pageSource().contains("The enterprise must be registered and pay tax in Kaifeng."));
        browser.assertAccessible();
        form.tick(10);
        form.check();
        browser.waitForText("outcome", "Meets the conditions for support");
        browser.assertAccessible();

        form.submit();
        browser.waitForPath("/applicant/applications.xhtml");
        Matcher number = CREDIT_NUMBER.matcher(browser.text("messages"));
        assertTrue(number.find(), browser.text("messages"));
        assertTrue(browser.text("messages").startsWith("Application submitted"), browser.text("messages"));
        browser.assertAccessible();

        browser.open(formUrl);
        assertTrue(browser.text("application-state").contains("Submitted"), browser.text("application-state"));
        assertTrue(browser.text("timeline").contains("Submitted"), browser.text("timeline"));
        assertFalse(browser.pageSource().contains("提交申请"), "no Chinese step names on the English page");
        browser.assertAccessible();
    }
}
