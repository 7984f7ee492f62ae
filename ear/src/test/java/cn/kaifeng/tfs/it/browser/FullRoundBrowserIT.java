package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.Experts;
import cn.kaifeng.tfs.it.WebClient;
import cn.kaifeng.tfs.it.persistence.NoticeClock;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A full round in a real browser: formal review, the reviewer setting up a panel of five experts, an expert
 * declaring and scoring in the browser (the other four score over HTTP, the same requests their browsers would
 * send), the panel concluded, approval proposed, the public notice page (no login), the notice ending by the
 * schedule, the approval with a second reviewer (the amount is above the four-eyes limit), and the history showing
 * every step. Every page is checked for accessibility.
 */
@ExtendWith(ArquillianExtension.class)
class FullRoundBrowserIT {

    @Deployment(name = "application", order = 1, testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Deployment(name = "notice-probe", order = 2, testable = false)
    static WebArchive noticeClock() {
        return org.jboss.shrinkwrap.api.ShrinkWrap.create(WebArchive.class, "notice-probe.war")
                .addClasses(cn.kaifeng.tfs.it.persistence.Probe.class, NoticeClock.class, Deployments.class)
                .addAsResource(
                        new java.io.File("target/test-classes/persistence-probe/persistence.xml"),
                        "META-INF/persistence.xml")
                .addAsWebInfResource(org.jboss.shrinkwrap.api.asset.EmptyAsset.INSTANCE, "beans.xml");
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
    void fromFormalReviewThroughThePanelAndPublicNoticeToApproval() throws InterruptedException {
        String number = Applicants.submitted(Applicants.as("demo.applicant"), "KF-RC-TALENT", Experts.strongTalent());

        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        String path = openAsReviewer(number);
        browser.click("review:start-review");
        browser.waitForText("review-status", "形式审查中");
        browser.click("review:pass");
        browser.waitForText("review-status", "专家评审中");
        browser.assertAccessible();
        for (String name : List.of("钱示例", "孙二示例", "周三示例", "吴四示例", "郑五示例")) {
            String box = browser.driver()
                    .findElement(By.xpath(
                            "//tr[th[contains(normalize-space(), '" + name + "')]]//div[contains(@id, ':pick')]"))
                    .getAttribute("id");
            browser.tick(box);
        }
        assertTrue(browser.text("candidates").contains("工作单位即申请单位"), "demo.expert6 is flagged");
        browser.selectOne("review:lead", "钱示例（评审专家）");
        browser.click("review:assign");
        browser.waitForText("messages", "专家组已组建");
        browser.assertAccessible();
        browser.signOut();

        browser.signIn("demo.expert", "/expert/home.xhtml");
        browser.driver().findElement(By.linkText(number)).click();
        browser.waitForPath("/expert/assignment.xhtml");
        browser.assertAccessible();
        browser.clickCss("label[for='declare:conflict:0']");
        browser.click("declare:submit");
        browser.waitForText("messages", "利益冲突声明");
        browser.typeNumber("score:criteria:0:points", "25");
        browser.type("score:comment", "转化路径清晰，团队实力强。");
        browser.assertAccessible();
        browser.click("score:submit");
        browser.click("score:confirm-yes");
        browser.waitForText("messages", "的评分");
        browser.signOut();

        String[][] others = {
            {"demo.expert2", "26"}, {"demo.expert3", "24"}, {"demo.expert4", "25"}, {"demo.expert5", "27"}
        };
        for (String[] other : others) {
            WebClient expert = Applicants.as(other[0]);
            String assignment = Experts.assignmentPath(expert, number);
            Experts.declareNoConflict(expert, assignment);
            Experts.score(expert, assignment, other[1], "同意。");
        }

        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        browser.open(path);
        assertTrue(browser.text("panel-outcome").contains("25"), browser.text("panel-outcome"));
        browser.click("review:conclude");
        browser.waitForText("review-status", "评审完成");
        String result = browser.driver()
                .findElement(By.xpath("//section[h2[@id='result-heading']]"))
                .getText();
        assertTrue(result.contains("符合扶持条件"), result);
        browser.click("review:propose");
        browser.waitForText("review-status", "公示中");
        browser.assertAccessible();
        browser.signOut();

        browser.open("/public/notice.xhtml");
        browser.waitForText("notices", number);
        assertTrue(browser.text("notices").contains("2,000,000.00"), "the proposed amount, by the award rule");
        browser.assertAccessible();

        NoticeClock.endNotice(number);
        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        browser.open(path);
        for (int i = 0; i < 30 && !browser.text("review-status").contains("待决定"); i++) {
            Thread.sleep(1000);
            browser.open(path);
        }
        browser.waitForText("review-status", "待决定");
        browser.click("review:approve");
        browser.waitForText("review-status", "待复核");
        browser.signOut();

        browser.signIn("demo.reviewer2", "/reviewer/home.xhtml");
        browser.open(path);
        browser.click("review:confirm-approval");
        browser.waitForText("review-status", "已批准");
        String timeline = browser.text("timeline");
        for (String step :
                List.of("提交申请", "受理，开始审查", "通过形式审查", "专家评审结束", "拟批准，进入公示", "公示期满无异议", "提交第二审核人复核", "复核同意，批准")) {
            assertTrue(timeline.contains(step), step + " in " + timeline);
        }
        // the application's audit records show every step, and the chain they are part of verifies
        String audit = browser.text("audit-records");
        for (String action : List.of(
                "APPLICATION_SUBMIT",
                "APPLICATION_START_REVIEW",
                "PANEL_ASSIGNED",
                "PANEL_SCORED",
                "PANEL_RESULT",
                "APPLICATION_PROPOSE_APPROVAL",
                "APPLICATION_END_NOTICE",
                "APPLICATION_CONFIRM_APPROVAL")) {
            assertTrue(audit.contains(action), action + " in " + audit);
        }
        browser.click("audit:verify");
        browser.waitForText("messages", "审计链完整");
        browser.assertAccessible();

        // the dashboard counts the approval
        browser.click("nav-dashboard");
        browser.waitForPath("/reviewer/dashboard.xhtml");
        assertTrue(browser.text("byProgram-table").contains("KF-RC-TALENT"), browser.text("byProgram-table"));
        assertTrue(browser.text("counts-table").contains("已批准"), browser.text("counts-table"));
        browser.assertAccessible();
        browser.screenshot("dashboard");
    }

    private String openAsReviewer(String number) {
        browser.click("nav-review");
        browser.waitForPath("/reviewer/applications.xhtml");
        browser.driver().findElement(By.linkText(number)).click();
        browser.waitForPath("/reviewer/application.xhtml");
        return browser.currentPath();
    }
}
