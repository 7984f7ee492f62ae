package cn.kaifeng.tfs.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.Reviewers;
import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From review to decision on the real server: a proposed approval appears on the public notice page (no login, no
 * personal data); an objection pauses it until a reviewer dismisses it; when the period is over the schedule moves
 * it on by itself (the end date lives in the database, so a restart changes nothing: the test moves the date into
 * the past, as a server down over the end would find it); an approval above the program's limit needs a second,
 * different reviewer.
 */
@ExtendWith(ArquillianExtension.class)
class DecisionIT {

    @Deployment(name = "probe")
    static WebArchive probe() {
        return ProbeArchive.withHttpHelpers("decision-probe.war");
    }

    @EJB
    private Probe probe;

    @Test
    @OperateOnDeployment("probe")
    void proposedNoticedObjectedMovedOnByTheScheduleAndApprovedByTwoReviewers() throws Exception {
        WebClient applicant = Applicants.as("demo.applicant");
        // a strong application (as in KfXdCreditTest): it passes, so it can be proposed for approval
        String number = Applicants.submitted(applicant, "KF-XD-CREDIT", Applicants.strongCredit());
        Matcher idMatch = Pattern.compile("id=(\\d+)").matcher(Applicants.pathOf(applicant, number));
        assertTrue(idMatch.find());
        long id = Long.parseLong(idMatch.group(1));
        String path = "/reviewer/application.xhtml?id=" + id;

        WebClient reviewer = Applicants.as("demo.reviewer");
        step(reviewer, path, "start-review", Map.of());
        step(reviewer, path, "pass", Map.of());
        String concluded = reviewer.get(path).body();
        assertTrue(concluded.contains("评审完成"), "no panel for this program: formal review concludes the review");

        // propose a changed amount: a reason is needed
        HttpResponse<String> noReason =
                reviewer.post(path, form(concluded, "propose", Map.of("review:amount_hinput", "1500000")));
        assertTrue(noReason.body().contains("请填写调整理由"), Applicants.errors(noReason.body()));
        step(reviewer, path, "propose", Map.of("review:amount_hinput", "1500000", "review:amount-reason", "按实际贷款额核定"));
        assertTrue(reviewer.get(path).body().contains("公示中"));

        WebClient anyone = new WebClient(Deployments.baseUrl());
        String notice = anyone.get("/public/notice.xhtml").body();
        assertTrue(notice.contains(number), "the public notice lists it, without login");
        assertTrue(notice.contains("开封示例元宇宙科技有限公司（演示）"));
        assertTrue(notice.contains("1,500,000"), "with the proposed amount");
        assertFalse(notice.contains("demo.applicant"), "and nothing personal");

        // an objection pauses it
        Map<String, String> objection = new LinkedHashMap<>();
        objection.put("notice", "notice");
        objection.put("notice:application_input", String.valueOf(id));
        objection.put("notice:reason", "该企业去年存在欠薪情况。");
        objection.put("notice:contact", "138-0000-0000");
        objection.put("notice:object", "");
        objection.put("jakarta.faces.ViewState", Applicants.viewState(notice));
        assertTrue(anyone.post("/public/notice.xhtml", objection).body().contains("异议已收到"));
        assertTrue(reviewer.get(path).body().contains("公示异议处理中"));
        // the objector's contact is personal information: encrypted at rest, shown to the reviewer who checks it
        String storedContact = probe.inTransaction(
                em -> em.createNativeQuery("SELECT contact FROM objection WHERE application_id = " + id)
                        .getSingleResult()
                        .toString());
        assertTrue(storedContact.startsWith("pd1:") && !storedContact.contains("0000"), "encrypted: " + storedContact);
        assertTrue(reviewer.get(path).body().contains("138-0000-0000"), "the reviewer reads it");
        step(reviewer, path, "dismiss-objection", Map.of("review:resolution", "经核查，欠薪已于去年结清，异议不成立。"));
        assertTrue(reviewer.get(path).body().contains("公示中"));

        // the notice period is over (as if the server had been down when it ended): the schedule moves it on
        probe.inTransaction(em -> em.createNativeQuery(
                        "UPDATE application SET notice_ends_at = CURRENT_TIMESTAMP - INTERVAL '1' HOUR WHERE id = "
                                + id)
                .executeUpdate());
        String awaiting = null;
        for (int i = 0; i < 40 && (awaiting == null || !awaiting.contains("待决定")); i++) {
            Thread.sleep(500);
            awaiting = reviewer.get(path).body();
        }
        assertTrue(awaiting.contains("待决定"), "moved on by the schedule");
        assertTrue(awaiting.contains("公示期满无异议"), "and the timeline says so");

        // above the limit (1,000,000 yuan): the approval waits for a second reviewer, who must be someone else
        step(reviewer, path, "approve", Map.of());
        String waiting = reviewer.get(path).body();
        assertTrue(waiting.contains("待复核"));
        HttpResponse<String> self = reviewer.post(path, form(waiting, "confirm-approval", Map.of()));
        assertTrue(self.body().contains("复核须由另一名审核人员进行"), Applicants.errors(self.body()));
        WebClient second = Applicants.as("demo.reviewer2");
        step(second, path, "confirm-approval", Map.of());
        String approved = second.get(path).body();
        assertTrue(approved.contains("已批准"));
        assertTrue(approved.contains("1,500,000"));
        assertTrue(applicant.get(Applicants.pathOf(applicant, number)).body().contains("已批准"), "the applicant sees it");
    }

    /**
     * Objections cannot be used to hold a case up: an identical objection (case and spacing aside) is merged into
     * the open one; once a reviewer dismisses it as vexatious, raising it again no longer pauses the notice; and one
     * address may raise only five objections an hour.
     */
    @Test
    @OperateOnDeployment("probe")
    void repeatedObjectionsAreMergedAndVexatiousOnesNoLongerPauseTheNotice() throws Exception {
        WebClient applicant = Applicants.as("demo.applicant");
        String number = Applicants.submitted(applicant, "KF-XD-CREDIT", Applicants.strongCredit());
        long id = Reviewers.idOf(applicant, number);
        String path = "/reviewer/application.xhtml?id=" + id;
        WebClient reviewer = Applicants.as("demo.reviewer");
        step(reviewer, path, "start-review", Map.of());
        step(reviewer, path, "pass", Map.of());
        step(reviewer, path, "propose", Map.of());
        assertTrue(reviewer.get(path).body().contains("公示中"));

        String reason = "该企业去年存在欠薪情况。";
        assertTrue(object(new WebClient(Deployments.baseUrl()).from("203.0.113.61"), id, reason)
                .contains("异议已收到"));
        assertTrue(reviewer.get(path).body().contains("<dd id=\"review-status\">公示异议处理中</dd>"));
        String again = object(new WebClient(Deployments.baseUrl()).from("203.0.113.62"), id, "  该企业去年存在欠薪情况。 ");
        assertTrue(again.contains("异议已收到"), "the repeat is received like any objection");
        assertEquals(
                "1 1",
                probe.inTransaction(em -> em
                        .createNativeQuery("SELECT COUNT(*), MAX(repeats) FROM objection WHERE application_id = " + id)
                        .getResultList()
                        .stream()
                        .map(r -> ((Object[]) r)[0] + " " + ((Object[]) r)[1])
                        .findFirst()
                        .orElseThrow()),
                "merged: one objection, raised once more");
        assertTrue(reviewer.get(path).body().contains("相同异议另提交 1 次"), "and the reviewer sees the count");

        step(
                reviewer,
                path,
                "dismiss-objection",
                Map.of("review:resolution", "经核查，欠薪已于去年结清，异议不成立。", "review:vexatious_input", "on"));
        assertTrue(reviewer.get(path).body().contains("已标记为无理重复异议"));
        object(new WebClient(Deployments.baseUrl()).from("203.0.113.63"), id, reason);
        assertTrue(
                reviewer.get(path).body().contains("<dd id=\"review-status\">公示中</dd>"),
                "a vexatious objection raised again does not pause it");

        WebClient busy = new WebClient(Deployments.baseUrl()).from("203.0.113.64");
        for (int i = 0; i < 5; i++) {
            assertTrue(object(busy, id, "第 " + i + " 条不同的异议").contains("异议已收到"));
        }
        assertTrue(object(busy, id, "第六条异议").contains("您提交异议过于频繁"), "five an hour from one address");
    }

    /** Objects to the application as the public notice's form does; the answer page. */
    private static String object(WebClient anyone, long id, String reason) {
        String notice = anyone.get("/public/notice.xhtml").body();
        Map<String, String> objection = new LinkedHashMap<>();
        objection.put("notice", "notice");
        objection.put("notice:application_input", String.valueOf(id));
        objection.put("notice:reason", reason);
        objection.put("notice:contact", "138-0000-0000");
        objection.put("notice:object", "");
        objection.put("jakarta.faces.ViewState", Applicants.viewState(notice));
        return anyone.post("/public/notice.xhtml", objection).body();
    }

    private static void step(WebClient reviewer, String path, String button, Map<String, String> fields) {
        Reviewers.step(reviewer, path, button, fields);
    }

    private static Map<String, String> form(String page, String button, Map<String, String> fields) {
        return Reviewers.form(page, button, fields);
    }
}
