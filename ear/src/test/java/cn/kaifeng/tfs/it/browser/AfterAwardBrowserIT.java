package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Acceptances;
import cn.kaifeng.tfs.it.Agreements;
import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.Experts;
import cn.kaifeng.tfs.it.Payments;
import cn.kaifeng.tfs.it.Reviewers;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After the award, in a real browser: the journeys of issue 28. An award whose first tranche the treasury paid is
 * found in breach: the reviewer opens a recovery order from the case, it goes unpaid past its due date, the reviewer
 * records the organisation as 失信, the bureau's list shows the record, and the organisation's next application is
 * refused at the gate with the record's number, period and reason. What precedes the breach (the award, its agreement
 * and the paid tranche) is made over HTTP, the same requests the browsers of AgreementIT and PaymentIT send. Every
 * page is checked for accessibility.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
class AfterAwardBrowserIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The test-only servlet that ends a public notice now, as AgreementIT deploys it. */
    @Deployment(name = "notice-probe", testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "notice-probe.war")
                .addClasses(
                        cn.kaifeng.tfs.it.persistence.Probe.class,
                        cn.kaifeng.tfs.it.persistence.NoticeClock.class,
                        Deployments.class)
                .addAsResource(
                        new java.io.File("target/test-classes/persistence-probe/persistence.xml"),
                        "META-INF/persistence.xml")
                .addAsWebInfResource(org.jboss.shrinkwrap.api.asset.EmptyAsset.INSTANCE, "beans.xml");
    }

    /** An award with its agreement signed and accepted, and its first tranche paid by the treasury. */
    private record PaidAward(String username, String name, String number, long applicationId) {}

    private static PaidAward paidAward(String prefix) {
        String username = TestData.username(prefix);
        String name = "履约测试企业" + TestData.username("n");
        WebClient applicant = Applicants.newEnterprise(username, name, TestData.creditCode());
        WebClient reviewer = Applicants.as("demo.reviewer");
        String number = Agreements.approvedWithLetter(applicant, reviewer);
        String path = Applicants.pathOf(applicant, number);
        long id = Reviewers.idOf(applicant, number);
        String reviewPath = "/reviewer/agreement.xhtml?id=" + id;
        applicant.get(path);
        assertEquals(
                302,
                applicant
                        .submit(path, "agreement", "propose", Agreements.targets("5", "120", "90"))
                        .statusCode());
        reviewer.get(reviewPath);
        assertEquals(
                302,
                reviewer.submit(reviewPath, "agreement-review", "accept-targets", Map.of())
                        .statusCode());
        applicant.get(path);
        assertEquals(
                302, applicant.submit(path, "agreement", "accept", Map.of()).statusCode());
        Payments.saveAccount(applicant, name, "6222 0212 3456 7891 234");

        // 70 % of 100,000.01 on signing: 70,000.00, under the program's threshold, so one finance approval
        String queue = reviewer.get("/reviewer/payments.xhtml").body();
        Matcher row = Pattern.compile("id=\"payment-(\\d+)\"((?:(?!</tr>).)*)" + Pattern.quote(number), Pattern.DOTALL)
                .matcher(queue);
        assertTrue(row.find(), "the tranche due on signing is in the payment queue");
        long payment = Long.parseLong(row.group(1));
        Payments.flash(reviewer, Payments.press(reviewer, payment, "review"));
        WebClient finance = Payments.financeOfficer("demo.reviewer2");
        Payments.flash(finance, Payments.press(finance, payment, "approve"));
        Payments.writeFile(finance);
        Payments.paidByTreasury(finance, Map.of(payment, "70000.00"));
        return new PaidAward(username, name, number, id);
    }

    /**
     * A talent team award (KF-RC-TEAM: 50 % on signing, 30 % after the mid-term check, 20 % after acceptance) from its
     * approval to its last tranche. The panel of the decision, the payments' approvals and files, and the acceptance
     * panel's scores go over HTTP as the other browsers would send them; the applicant's and the reviewer's steps of
     * the after-award half are taken in Chromium.
     */
    @Test
    void fromApprovalThroughReportsAndChecksToTheLastTranche(Browser browser) throws Exception {
        String username = TestData.username("lvyue");
        String name = "全程测试团队" + TestData.username("t");
        WebClient team = Applicants.newTeam(username, name);
        WebClient reviewer = Applicants.as("demo.reviewer");
        String number = Applicants.submitted(team, "KF-RC-TEAM");
        long id = Reviewers.idOf(team, number);
        concludedByAPanel(reviewer, team, number, id);
        Agreements.approvedAfterConclusion(reviewer, number, id);
        String path = "/applicant/application.xhtml?id=" + id;
        team.get(path);
        assertEquals(
                302,
                team.submit(path, "agreement", "propose", Agreements.targets("3", "500", "300", "10", "90"))
                        .statusCode());
        String agreementPath = "/reviewer/agreement.xhtml?id=" + id;
        reviewer.get(agreementPath);
        assertEquals(
                302,
                reviewer.submit(agreementPath, "agreement-review", "accept-targets", Map.of())
                        .statusCode());
        Payments.saveAccount(team, name, "6222 0212 3456 7891 234");

        // the applicant accepts the signed agreement in the browser: the first tranche falls due
        browser.signIn(username, "Kaifeng#XR2026", "/applicant/home.xhtml");
        browser.open(path);
        browser.find("agreement-part");
        browser.assertAccessible();
        browser.click("agreement:accept");
        browser.waitForText("agreement-status", "已签订");
        WebClient finance = Payments.financeOfficer("demo.reviewer2");
        payTranche(reviewer, finance, number, "100000.00");

        // the first progress report, in the browser
        browser.open(path);
        browser.waitForText("monitoring", "第 1 期进度报告");
        browser.type("report:summary", "完成样机研制，开展中试验证。");
        for (int i = 0; i < 5; i++) {
            browser.typeNumber("report:values:" + i + ":value", "2");
        }
        // the program's own report field (reporting.fields): core talent working in Kaifeng
        browser.typeNumber("report:answers:0:number", "12");
        browser.typeNumber("report:spent", "86500");
        browser.assertAccessible();
        browser.click("report:submit-report");
        browser.waitForText("monitoring", "已提交，待审核");
        browser.waitForAjax();
        browser.signOut();

        // the reviewer accepts it and records the mid-term check, which passes: the second tranche falls due
        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        browser.open("/reviewer/monitoring.xhtml?id=" + id);
        browser.waitForText("period-1", "在开封全职工作的核心人才");
        browser.click("periods:0:review:accept");
        browser.waitForText("period-1", "已通过");
        browser.selectOne("midterm-form:result", "通过");
        browser.type("midterm-form:place", "项目单位研发现场");
        browser.type("midterm-form:findings", "样机已投入试用，资金台账完整。");
        browser.type(
                "midterm-form:visited-on_input",
                LocalDate.now(CHINA).minusDays(1).toString());
        browser.assertAccessible();
        browser.click("midterm-form:record");
        browser.waitForText("midterm-1", "通过");
        payTranche(reviewer, finance, number, "60000.00");

        // acceptance: requested (HTTP), a panel of three scores (HTTP), the reviewer concludes in the browser
        team.get(path);
        HttpResponse<String> requested = team.submit(
                path,
                "acceptance",
                "request",
                Acceptances.achieved(List.of("4", "520", "320", "12", "95"), "全部建设内容完成，指标均已达到。"));
        assertEquals(302, requested.statusCode(), () -> Applicants.errors(requested.body()));
        String acceptancePath = "/reviewer/acceptance.xhtml?id=" + id;
        List<String> panel = List.of("demo.expert", "demo.expert2", "demo.expert3", "demo.expert4", "demo.expert5");
        Acceptances.openAndAssign(reviewer, acceptancePath, panel);
        Acceptances.scoredBy(panel, number, "90", "88", "92", "90", "90");
        browser.open(acceptancePath);
        browser.waitForText("proposed-conclusion", "通过");
        browser.assertAccessible();
        browser.click("conclude:conclude");
        browser.click("conclude:confirm-yes");
        browser.waitForText("acceptance-status", "验收通过");
        browser.signOut();
        payTranche(reviewer, finance, number, "40000.00");

        // the applicant sees the conclusion, its evaluation and every tranche paid
        browser.signIn(username, "Kaifeng#XR2026", "/applicant/home.xhtml");
        browser.open(path);
        browser.waitForText("evaluation-total", "100.00");
        assertTrue(browser.text("acceptance-part").contains("验收通过"), "the conclusion");
        for (int tranche = 1; tranche <= 3; tranche++) {
            assertTrue(browser.text("tranche-" + tranche).contains("已到账"), browser.text("tranche-" + tranche));
        }
        browser.assertAccessible();
        browser.picture("after-award-paid-in-full");
    }

    /**
     * The decision's panel of the case: formal review passed, every candidate expert assigned (demo.expert leads),
     * each declares no conflict and scores 24 of 25; the reviewer concludes.
     */
    private static void concludedByAPanel(WebClient reviewer, WebClient team, String number, long id) {
        String review = "/reviewer/application.xhtml?id=" + id;
        Reviewers.step(reviewer, review, "start-review", Map.of());
        Reviewers.step(reviewer, review, "pass", Map.of());
        String page = reviewer.get(review).body();
        Map<String, String> assign = Reviewers.form(page, "assign", Map.of("review:lead_input", "demo.expert"));
        Matcher pick =
                Pattern.compile("name=\"(review:candidate:\\d+:pick_input)\"").matcher(page);
        List<String> picked = new java.util.ArrayList<>();
        while (pick.find()) {
            assign.put(pick.group(1), "on");
            picked.add(pick.group(1));
        }
        HttpResponse<String> assigned = reviewer.post(review, assign);
        assertEquals(302, assigned.statusCode(), () -> Applicants.errors(assigned.body()));
        for (String username : List.of(
                "demo.expert", "demo.expert2", "demo.expert3", "demo.expert4", "demo.expert5", "demo.expert6")) {
            WebClient expert = Applicants.as(username);
            String home = expert.get("/expert/home.xhtml").body();
            if (!home.contains(number)) {
                continue; // not on this panel
            }
            String assignment = Experts.assignmentPath(expert, number);
            Experts.declareNoConflict(expert, assignment);
            Experts.score(expert, assignment, "24", "转化路径清晰。");
        }
        Reviewers.step(reviewer, review, "conclude", Map.of());
    }

    /** The award's tranche waiting in the queue: reviewed, approved by a finance officer, filed and paid. */
    private static void payTranche(WebClient reviewer, WebClient finance, String number, String yuan) {
        String queue = reviewer.get("/reviewer/payments.xhtml").body();
        Matcher row = Pattern.compile("id=\"payment-(\\d+)\"((?:(?!</tr>).)*)" + Pattern.quote(number), Pattern.DOTALL)
                .matcher(queue);
        assertTrue(row.find(), "a tranche of " + number + " is in the payment queue");
        long payment = Long.parseLong(row.group(1));
        Payments.flash(reviewer, Payments.press(reviewer, payment, "review"));
        Payments.flash(finance, Payments.press(finance, payment, "approve"));
        Payments.writeFile(finance);
        Payments.paidByTreasury(finance, Map.of(payment, yuan));
    }

    @Test
    void aBreachLeftUnpaidBecomesACreditRecordThatTheGateTellsTheApplicant(Browser browser) {
        PaidAward award = paidAward("weiyue");
        LocalDate today = LocalDate.now(CHINA);

        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        browser.open("/reviewer/application.xhtml?id=" + award.applicationId());
        browser.click("open-recovery");
        browser.waitForPath("/reviewer/recovery-order.xhtml");
        assertEquals("70,000.00", browser.text("recoverable"), "what the treasury paid may be recovered");
        browser.assertAccessible();
        browser.typeNumber("open:amount", "70000");
        browser.selectOne("open:reason", "违反任务书（协议）");
        browser.type("open:reason-text", "经核查，项目单位将租赁设备转租至市外使用，违反任务书第三条。");
        browser.type("open:due_input", today.minusDays(15).toString());
        browser.click("open:open-order");
        browser.waitForText("order-state", "已逾期");
        assertEquals(today.minusDays(15).toString(), browser.text("due-date"));
        browser.assertAccessible();
        browser.picture("recovery-order-overdue");

        // unpaid past its due date: the reviewer decides on a 失信 record, with a reason
        browser.type("credit:credit-reason", "追回款逾期十五日未缴回，经书面催告仍未缴纳。");
        browser.click("credit:record-credit");
        browser.waitForText("credit-record", "失信记录编号");
        String record = browser.text("credit-record").replaceAll("^失信记录编号\\s*(\\d+).*$", "$1");
        browser.open("/reviewer/credit-records.xhtml");
        assertTrue(browser.pageSource().contains(award.name()), "the bureau's list shows the organisation");
        browser.assertAccessible();
        browser.signOut();

        // the organisation's next application is refused at its gate, saying which record, until when and why
        browser.signIn(award.username(), "Kaifeng#XR2026", "/applicant/home.xhtml"); // as Applicants registers it
        browser.open("/applicant/application.xhtml?id=" + award.applicationId());
        assertTrue(browser.pageSource().contains("70,000.00"), "the applicant sees the order on its case");
        browser.assertAccessible();
        browser.open("/applicant/programs.xhtml");
        browser.clickCss("[id$=':apply'][aria-describedby='program-KF-XD-CREDIT']");
        browser.waitForText("messages", "失信记录（第 " + record + " 号，" + today);
        assertTrue(browser.text("messages").contains("经书面催告仍未缴纳"), "the reason is given");
        assertEquals("/applicant/programs.xhtml", browser.currentPath(), "nothing was started");
        browser.assertAccessible();
        browser.picture("gate-refuses-credit-record");
    }
}
