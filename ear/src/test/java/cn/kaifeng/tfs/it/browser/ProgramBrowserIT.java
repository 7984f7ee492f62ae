package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Deployments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** In a real browser: the public policy calculator, and the administrator importing and publishing a program. */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
class ProgramBrowserIT {

    @TempDir
    Path files;

    @Test
    void anyoneChecksEligibilityWithThePolicyCalculator(Browser browser) {
        browser.open("/public/calculator.xhtml");
        assertEquals("政策计算器", browser.text("page-heading"));
        browser.assertAccessible();

        browser.selectOne("calc:program", "元宇宙人才团队成果转化扶持");
        browser.waitForText("program-summary", "国际领先");
        // the program's basis: the plans it cites have ended, the bureau's (example) rules run to the end of 2026
        assertTrue(browser.text("basis-expiry").contains("本项目的政策依据有效期至 2026-12-31"), browser.text("basis-expiry"));
        String basis = browser.text("basis-documents");
        assertTrue(basis.contains("《开封市元宇宙产业发展行动计划（2023—2025年）》（汴政办〔2023〕16号）"), basis);
        assertTrue(basis.contains("2023-04-13 至 2025-12-31 · 已到期"), basis);
        assertTrue(basis.contains("《开封市元宇宙产业扶持资金管理办法（示例）》（演示用示例文件，非正式文件）"), basis);
        assertTrue(basis.contains("（国发〔2016〕33号）（摘录）"), basis);
        // the calculator asks only the questions the definition marks for it, in its order
        browser.selectOne("calc:fields:0:choice", "扩展现实（VR/AR/MR）");
        browser.selectOne("calc:fields:1:choice", "国内领先");
        browser.typeNumber("calc:fields:3:number", "3");
        browser.selectOne("calc:fields:4:choice", "省级高层次人才");
        browser.tick("calc:fields:5:bool");
        browser.tick("calc:fields:6:bool");
        browser.typeNumber("calc:fields:7:number", "20000000");
        browser.assertAccessible();
        browser.click("calc:calculate");

        // no own IP and not internationally leading: the first gate fails, with its reason and source
        browser.waitForText("outcome", "不符合资格条件");
        String page = browser.pageSource();
        assertTrue(page.contains("拥有国际领先的核心技术或自主知识产权"), "the failed gate is named");
        assertTrue(
                page.contains("开封市元宇宙产业发展行动计划（2023—2025年）》（汴政办〔2023〕16号）三（三）"),
                "its clause is cited with the document's number");
        assertTrue(page.contains("核心发明专利为 3，属于“3–4”档，得 12 分。"), "each criterion explains its points");
        browser.assertAccessible();
        browser.picture("policy-calculator");

        // owning the IP opens the gate, but 8 + 12 technology points cannot reach that section's minimum of 25,
        // whatever the experts give in their own section: the calculator says so rather than "wait for experts"
        browser.tick("calc:fields:2:bool");
        browser.click("calc:calculate");
        browser.waitForText("outcome", "未达到通过标准");
        assertTrue(
                browser.text("decided-by").contains("“技术先进性”部分最多 20 分，仍未达到该部分的最低要求（不低于 25 分）"),
                browser.text("decided-by"));

        // internationally leading: technology 20 + 12 = 32; with 20 million invested the objective total is 47, and
        // the panel's 25 points could lift it over 70, so the outcome now waits for the experts
        browser.selectOne("calc:fields:1:choice", "国际领先");
        browser.click("calc:calculate");
        browser.waitForText("outcome", "结果待专家评审");
    }

    @Test
    void aDraftVersionIsDryRunOnTheSubmittedApplicationsBeforePublishing(Browser browser) throws IOException {
        String number = Applicants.submitted(Applicants.as("demo.applicant"), "KF-RC-TALENT");
        String shipped = Files.readString(Path.of("..", "config", "programs", "kf-rc-talent.yaml"));
        java.util.regex.Matcher shippedVersion =
                java.util.regex.Pattern.compile("\nversion: (\\d+)\n").matcher(shipped);
        assertTrue(shippedVersion.find());
        int next = Integer.parseInt(shippedVersion.group(1)) + 1;
        Path v2 = files.resolve("kf-rc-talent-next.yaml");
        Files.writeString(v2, shipped.replace(shippedVersion.group(), "\nversion: " + next + "\n"));

        loginAsAdministrator(browser);
        browser.upload("import:file", v2);
        browser.click("import:upload");
        browser.waitForText("messages", "KF-RC-TALENT 第 " + next + " 版已导入为草稿");
        browser.click("dry-run-form:dry-run");
        browser.waitForText("messages", "试算不改变任何申请");
        String table = browser.text("dry-run");
        assertTrue(table.contains(number), "the submitted application is re-scored: " + table);
        browser.assertAccessible();

        // published, the new version does not touch the application until a reviewer re-scores it explicitly
        browser.click(browser.driver()
                .findElement(org.openqa.selenium.By.xpath("//tr[th[normalize-space()='KF-RC-TALENT']]"
                        + "[td[normalize-space()='v" + next + "']]//button[contains(@id,':publish')]"))
                .getAttribute("id"));
        browser.click("versions:confirm-yes");
        browser.waitForText("messages", "KF-RC-TALENT 第 " + next + " 版已发布");

        // the publication is on the audit trail, and the chain verifies
        browser.click("nav-audit");
        browser.waitForPath("/admin/audit.xhtml");
        assertTrue(browser.text("records").contains("PROGRAM_PUBLISHED"), "the publication is recorded");
        browser.click("audit:verify");
        browser.waitForText("messages", "审计链完整");
        browser.assertAccessible();
        browser.signOut();
        new LoginPage(browser).signIn("demo.reviewer", Deployments.DEMO_PASSWORD, "/reviewer/home.xhtml");
        browser.click("nav-review");
        browser.waitForPath(ReviewPage.QUEUE);
        browser.assertAccessible();
        ReviewPage review = ReviewPage.openListed(browser, number);
        assertTrue(review.facts().contains("KF-RC-TALENT v" + (next - 1)));
        review.rescore();
        browser.waitForText("messages", "申请 " + number + " 已按第 " + next + " 版重新评分");
        assertTrue(review.facts().contains("KF-RC-TALENT v" + next));
        browser.assertAccessible();

        String history = Applicants.as("demo.applicant")
                .get(Applicants.pathOf(Applicants.as("demo.applicant"), number))
                .body();
        assertTrue(
                history.contains("按新版本重新评分")
                        && history.contains("demo.reviewer")
                        && history.contains("v" + (next - 1) + " → v" + next),
                "the re-scoring is in the application's history, with who and what");
    }

    private static void loginAsAdministrator(Browser browser) {
        browser.signIn("demo.admin", "/admin/home.xhtml");
        browser.click("nav-programs");
        browser.waitForPath("/admin/programs.xhtml");
    }

    @Test
    void anAdministratorImportsANewProgramSeesItsProblemsAndPublishesIt(Browser browser) throws IOException {
        String valid = Files.readString(Path.of("src/test/resources/programs/browser-import.yaml"));
        Path broken = files.resolve("broken.yaml");
        Files.writeString(
                broken, valid.replace("type: choice", "type: choise").replace("when: inKaifeng", "when: inKaifong"));
        Path good = files.resolve("browser-import.yaml");
        Files.writeString(good, valid);

        loginAsAdministrator(browser);
        browser.assertAccessible();

        browser.upload("import:file", broken);
        browser.click("import:upload");
        browser.waitForText("problems", "broken.yaml 第");
        String problems = browser.text("problems");
        assertTrue(problems.contains("未知的评分类型“choise”"), problems);
        assertTrue(problems.contains("“inKaifong”既不是表单字段"), problems);
        browser.assertAccessible();

        browser.upload("import:file", good);
        browser.click("import:upload");
        browser.waitForText("messages", "已导入为草稿");
        browser.waitForText("rules-heading", "TEST-IMPORT v1");
        assertTrue(browser.text("version-table").contains("草稿"));

        // publish the draft just imported (other tests may leave drafts of their own), confirming in the dialog
        browser.click(browser.driver()
                .findElement(org.openqa.selenium.By.xpath(
                        "//tr[th[normalize-space()='TEST-IMPORT']]//button[contains(@id,':publish')]"))
                .getAttribute("id"));
        browser.click("versions:confirm-yes");
        browser.waitForText("messages", "TEST-IMPORT 第 1 版已发布");

        // published, it is offered to the public at once
        browser.open("/public/calculator.xhtml");
        browser.selectOne("calc:program", "浏览器测试导入项目");
    }
}
