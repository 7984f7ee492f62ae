package cn.kaifeng.tfs.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.it.Agreements;
import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Reviewers;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitoring on the real server, with a talent team award (KF-RC-TEAM: 50 % on signing, 30 % after the mid-term
 * check, a report every 6 months): the agreement is signed, the applicant submits the first progress report with a
 * file, the reviewer returns it with a reason, the applicant submits it again, the reviewer accepts it, records a
 * mid-term check that passes, and the mid-term tranche becomes a payment request. Bad input gets a message; another
 * organisation neither sees nor touches any of it.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringIT {

    /** The probe is named as NoticeClock's address expects: the notice's end is moved through it. */
    @Deployment(name = "probe")
    static WebArchive probe() {
        return ProbeArchive.withHttpHelpers("notice-probe.war").addClasses(NoticeClock.class, Agreements.class);
    }

    @EJB
    private Probe probe;

    @Test
    @OperateOnDeployment("probe")
    void reportedReturnedReportedAgainAcceptedCheckedAndTheMidtermTrancheFallsDue() {
        WebClient team = Applicants.newTeam(TestData.username("jiance"), "监测测试团队" + TestData.username("t"));
        WebClient reviewer = Applicants.as("demo.reviewer");
        String number = Applicants.submitted(team, "KF-RC-TEAM");
        long id = Reviewers.idOf(team, number);
        signed(team, reviewer, number, id);
        assertEquals(1L, count("SELECT COUNT(*) FROM payment_request WHERE application_id = " + id), "tranche 1");

        // the applicant's page lists the schedule: the first report is due six months after signing
        String path = "/applicant/application.xhtml?id=" + id;
        String page = team.get(path).body();
        assertTrue(page.contains("id=\"monitoring\""), "the monitoring part is shown");
        assertTrue(page.contains("第 1 期进度报告") && page.contains("第 3 期进度报告"), "every 6 months until month 24");
        assertFalse(page.contains("第 4 期进度报告"), "none in the acceptance month");
        assertTrue(page.contains("id=\"report:submit-report\""), "the first period is open");

        // bad input: a message, nothing stored
        HttpResponse<String> empty = team.submitFile(
                path, "report", "submit-report", report("", "1"), fileInput(page), "a.pdf", SampleFiles.plainPdf());
        assertEquals(200, empty.statusCode());
        assertTrue(Applicants.errors(empty.body()).contains("请填写项目进展"), Applicants.errors(empty.body()));
        team.get(path);
        HttpResponse<String> notAFile = team.submitFile(
                path,
                "report",
                "submit-report",
                report("完成样机", "1"),
                fileInput(page),
                "invoice.pdf",
                "MZ this is no pdf".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, notAFile.statusCode());
        assertFalse(Applicants.errors(notAFile.body()).isBlank(), "the file is refused by its content");
        assertEquals(0L, count("SELECT COUNT(*) FROM progress_report WHERE application_id = " + id));

        // submitted with a file
        team.get(path);
        HttpResponse<String> submitted = team.submitFile(
                path,
                "report",
                "submit-report",
                report("完成样机研制，开展中试。", "2"),
                fileInput(page),
                "进展材料.pdf",
                SampleFiles.plainPdf());
        assertEquals(302, submitted.statusCode(), () -> Applicants.errors(submitted.body()));
        assertEquals(
                "SUBMITTED 1234567 1",
                row("SELECT r.status || ' ' || r.spent_fen || ' ' || COUNT(f.id)"
                        + " FROM progress_report r LEFT JOIN progress_report_file f ON f.report_id = r.id"
                        + " WHERE r.application_id = " + id + " GROUP BY r.status, r.spent_fen"));

        // another organisation sees nothing and cannot open the reviewer's pages
        WebClient other = Applicants.newTeam(TestData.username("pangguan"), "旁观团队" + TestData.username("t"));
        assertEquals(404, other.get(path).statusCode());
        assertEquals(403, other.get("/reviewer/monitoring.xhtml?id=" + id).statusCode());
        assertEquals(403, other.get("/reviewer/reports.xhtml").statusCode());
        long fileId = count("SELECT MIN(f.id) FROM progress_report_file f JOIN progress_report r ON r.id = f.report_id"
                + " WHERE r.application_id = " + id);
        assertEquals(404, other.download("/report-files/" + fileId).statusCode());
        assertEquals(200, team.download("/report-files/" + fileId).statusCode());

        // the reviewer finds it, returns it (a return needs a reason), the applicant submits it again
        String reports = reviewer.get("/reviewer/reports.xhtml").body();
        assertTrue(reports.contains(number), "listed for the bureau");
        String csv = new String(
                reviewer.download("/reviewer/reports.csv?state=submitted&q=" + number)
                        .body(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains(number + ",") && csv.contains(",submitted,"), csv);
        String monitoring = "/reviewer/monitoring.xhtml?id=" + id;
        reviewer.get(monitoring);
        HttpResponse<String> noReason = reviewer.submit(monitoring, "periods:0:review", "return", Map.of());
        assertTrue(Applicants.errors(noReason.body()).contains("请填写退回理由"), Applicants.errors(noReason.body()));
        reviewer.get(monitoring);
        assertEquals(
                302,
                reviewer.submit(monitoring, "periods:0:review", "return", Map.of("reason", "请补充资金使用明细。"))
                        .statusCode());
        page = team.get(path).body();
        assertTrue(page.contains("请补充资金使用明细。"), "the applicant is told why");
        HttpResponse<String> again = team.submit(path, "report", "submit-report", report("补充资金使用明细。", "3"));
        assertEquals(302, again.statusCode(), () -> Applicants.errors(again.body()));
        reviewer.get(monitoring);
        assertEquals(
                302,
                reviewer.submit(monitoring, "periods:0:review", "accept", Map.of())
                        .statusCode());
        assertEquals("ACCEPTED", row("SELECT status FROM progress_report WHERE application_id = " + id));

        // the mid-term check: a rectification without its deadline is refused; a pass makes tranche 2 a request
        reviewer.get(monitoring);
        HttpResponse<String> noDeadline = reviewer.submit(
                monitoring, "midterm-form", "record", Map.of("result_input", "RECTIFY", "rectify-what", "补台账"));
        assertTrue(Applicants.errors(noDeadline.body()).contains("整改期限"), Applicants.errors(noDeadline.body()));
        reviewer.get(monitoring);
        HttpResponse<String> passed = reviewer.submit(
                monitoring,
                "midterm-form",
                "record",
                Map.of(
                        "result_input",
                        "PASSED",
                        "visited-on_input",
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                .minusDays(2)
                                .toString(),
                        "place",
                        "开封市龙亭区",
                        "findings",
                        "样机已投入试用。"));
        assertEquals(302, passed.statusCode(), () -> Applicants.errors(passed.body()));
        assertEquals(
                1L,
                count("SELECT COUNT(*) FROM payment_request WHERE application_id = " + id + " AND tranche_no = 2"),
                "the mid-term tranche is a payment request");
        assertTrue(team.get(path).body().contains("midterm-result\">通过"), "the applicant sees the result");
        reviewer.get(monitoring);
        assertFalse(reviewer.get(monitoring).body().contains("midterm-form:record"), "no second check after a pass");
    }

    /** KF-RC-TEAM concluded by its panel (as PanelIT gets it there), approved, lettered, its agreement signed. */
    private void signed(WebClient team, WebClient reviewer, String number, long id) {
        probe.inTransaction(em -> em.createNativeQuery("UPDATE application SET status = 'REVIEW_CONCLUDED',"
                        + " outcome = 'PASSED', total = 90, award = 200000 WHERE id = " + id)
                .executeUpdate());
        Agreements.signedAfterConclusion(team, reviewer, number, id);
    }

    /** The report form's fields: the summary, every indicator's value reached, and 12,345.67 yuan spent. */
    private static Map<String, String> report(String summary, String reached) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("period_input", "1");
        fields.put("summary", summary);
        for (int i = 0; i < 5; i++) {
            fields.put("values:" + i + ":value_input", reached);
            fields.put("values:" + i + ":value_hinput", reached);
        }
        fields.put("spent_input", "12345.67");
        fields.put("spent_hinput", "12345.67");
        return fields;
    }

    /** The report form's file input as the page names it (PrimeFaces' simple upload), without the form's prefix. */
    private static String fileInput(String page) {
        java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input[^>]*type=\"file\"[^>]*>")
                .matcher(page);
        assertTrue(input.find(), "the report form has a file input");
        java.util.regex.Matcher name =
                java.util.regex.Pattern.compile("name=\"report:([^\"]+)\"").matcher(input.group());
        assertTrue(name.find(), input.group());
        return name.group(1);
    }

    private long count(String sql) {
        return probe.<Number>inTransaction(
                        em -> (Number) em.createNativeQuery(sql).getSingleResult())
                .longValue();
    }

    private String row(String sql) {
        return probe.inTransaction(
                em -> String.valueOf(em.createNativeQuery(sql).getSingleResult()));
    }
}
