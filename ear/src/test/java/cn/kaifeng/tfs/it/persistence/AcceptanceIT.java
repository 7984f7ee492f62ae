package cn.kaifeng.tfs.it.persistence;

import static cn.kaifeng.tfs.it.Acceptances.acceptancePath;
import static cn.kaifeng.tfs.it.Acceptances.achieved;
import static cn.kaifeng.tfs.it.Acceptances.assignPairs;
import static cn.kaifeng.tfs.it.Acceptances.scores;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Agreements;
import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Experts;
import cn.kaifeng.tfs.it.Reviewers;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.ledger.domain.Book;
import cn.kaifeng.tfs.ledger.service.Bookkeeper;
import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The acceptance (验收) on the real server, through the pages: a leasing subsidy's agreement signed, the applicant's
 * request, the reviewer's opening and a panel of three experts who declare no conflict and score blind; a pass makes
 * the tranche after acceptance a payment request, and a failure (with money paid, put there through the ledger from
 * the probe as a payment would) opens a recovery order for it. Another organisation, an expert not on the panel and
 * bad input are refused with a message or "not found", never a 500. The probe is named notice-probe because the
 * helpers end the public notice through it.
 */
@ExtendWith(ArquillianExtension.class)
class AcceptanceIT {

    private static final List<String> PANEL = List.of("demo.expert2", "demo.expert3", "demo.expert4");

    @Deployment(name = "probe")
    static WebArchive probe() {
        return ProbeArchive.withHttpHelpers("notice-probe.war")
                .addClasses(NoticeClock.class, Agreements.class, Experts.class, ScheduleRuns.class)
                .addPackage(Book.class.getPackage())
                .addClasses(Bookkeeper.class, LedgerProbe.class, cn.kaifeng.tfs.shared.domain.Money.class);
    }

    @EJB
    private Probe probe;

    @EJB
    private LedgerProbe ledger;

    @Test
    @OperateOnDeployment("probe")
    void aPassMakesTheLastTrancheAPaymentRequest() {
        WebClient applicant = Applicants.newEnterprise(
                TestData.username("yanshou"), "验收测试企业" + TestData.username("p"), TestData.creditCode());
        WebClient reviewer = Applicants.as("demo.reviewer");
        String number = Agreements.approvedWithLetter(applicant, reviewer);
        long id = Reviewers.idOf(applicant, number);
        String path = Applicants.pathOf(applicant, number);
        String reviewPath = "/reviewer/acceptance.xhtml?id=" + id;

        // before the agreement is signed there is no acceptance part, and the reviewer's page is "not found"
        assertFalse(applicant.get(path).body().contains("id=\"acceptance-part\""));
        assertEquals(404, reviewer.get(reviewPath).statusCode());
        Agreements.sign(applicant, reviewer, number, "5", "120", "90");
        String page = applicant.get(path).body();
        assertTrue(page.contains("id=\"acceptance-part\""), "the signed agreement offers the acceptance");

        // bad input: a missing summary and a negative value are refused with a message, nothing is saved
        HttpResponse<String> noSummary =
                applicant.submit(path, "acceptance", "request", achieved(List.of("5", "130", "95"), ""));
        assertEquals(200, noSummary.statusCode());
        assertFalse(Applicants.errors(noSummary.body()).isBlank(), "told what is missing");
        applicant.get(path);
        HttpResponse<String> negative =
                applicant.submit(path, "acceptance", "request", achieved(List.of("-5", "130", "95"), "完成。"));
        assertEquals(200, negative.statusCode());
        assertEquals("0", one("SELECT COUNT(*) FROM acceptance WHERE application_id = " + id));

        // another organisation sees nothing and its forged request moves nothing
        WebClient other = Applicants.as("demo.team");
        assertFalse(other.get(path).body().contains("acceptance-part"));
        Map<String, String> forged = new LinkedHashMap<>();
        achieved(List.of("5", "130", "95"), "伪造").forEach((k, v) -> forged.put("acceptance:" + k, v));
        forged.put("acceptance", "acceptance");
        forged.put("acceptance:request", "");
        forged.put("jakarta.faces.ViewState", Applicants.viewState(page));
        other.post(path, forged);
        assertEquals("0", one("SELECT COUNT(*) FROM acceptance WHERE application_id = " + id));
        assertEquals(403, applicant.get(reviewPath).statusCode(), "an applicant never opens the reviewer's page");

        request(applicant, path, List.of("6", "130", "95"), "设备全部投入使用，营业收入超过目标。");
        assertTrue(applicant.get(path).body().contains("已申请，待受理"));
        assertTrue(reviewer.get("/reviewer/acceptances.xhtml").body().contains(number), "listed for the bureau");

        openAndAssign(reviewer, reviewPath);
        List<String> paths = scoreBlind(number, id, List.of("90", "85", "95"));
        String review = reviewer.get(reviewPath).body();
        // every expert scored 90, 85 and 95 on the three indicators: each 90.00; the panel 90.00
        assertTrue(review.contains("90.00"), review);
        assertTrue(review.contains("id=\"proposed-conclusion\">通过"), review);
        reviewer.get(reviewPath);
        HttpResponse<String> concluded = reviewer.submit(reviewPath, "conclude", "conclude", Map.of());
        assertEquals(302, concluded.statusCode(), () -> Applicants.errors(concluded.body()));

        assertEquals(
                "PASSED 90.00",
                one("SELECT status || ' ' || panel_score FROM acceptance WHERE application_id = " + id));
        assertEquals(
                "1",
                one("SELECT COUNT(*) FROM payment_request WHERE application_id = " + id + " AND tranche_no = 2"),
                "the tranche after acceptance is a payment request");
        assertEquals("0", one("SELECT COUNT(*) FROM recovery_order WHERE application_id = " + id));
        assertEquals(
                "1",
                one("SELECT COUNT(*) FROM notification WHERE application_id = " + id
                        + " AND kind = 'ACCEPTANCE_PASSED'"),
                "the applicant is told");
        assertEquals(
                "1",
                one("SELECT COUNT(*) FROM notice WHERE application_id = " + id + " AND kind = 'ACCEPTANCE_CONCLUSION'"),
                "the conclusion is a numbered, signed notice (验收结论)");
        page = applicant.get(path).body();
        assertTrue(page.contains("验收通过") && page.contains("id=\"evaluation-total\">100.00"), page);
        // the organisation's evaluation is on the reviewer's page of its applications
        assertTrue(reviewer.get("/reviewer/application.xhtml?id=" + id).body().contains("evaluation-total\">100.00"));
        // an expert can no longer score; the CSV lists it with formulas neutralised
        assertFalse(Applicants.as(PANEL.get(0)).get(paths.get(0)).body().contains("id=\"score:submit\""));
        String csv = reviewer.get("/reviewer/acceptances.csv").body();
        assertTrue(csv.startsWith("application_number,"), csv);
        assertTrue(csv.contains(number + ",") && csv.contains(",PASSED,"), csv);
    }

    @Test
    @OperateOnDeployment("probe")
    void aFailureOpensARecoveryOrderForWhatWasPaid() {
        WebClient applicant = Applicants.newEnterprise(
                TestData.username("yanshou"), "=验收失败企业" + TestData.username("f"), TestData.creditCode());
        WebClient reviewer = Applicants.as("demo.reviewer");
        String number = Agreements.approvedWithLetter(applicant, reviewer);
        long id = Reviewers.idOf(applicant, number);
        String path = Applicants.pathOf(applicant, number);
        String reviewPath = "/reviewer/acceptance.xhtml?id=" + id;
        Agreements.sign(applicant, reviewer, number, "5", "120", "90");
        // the first tranche, 70,000.00, paid as the payment would pay it: from a book of its own, as RecoveryIT does
        String program =
                "IT-ACCEPTANCE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ledger.open(program, 2030, 100_000_000L);
        assertTrue(ledger.commit(program, 2030, id, 10_000_001L));
        ledger.pay(id, 7_000_000L);

        request(applicant, path, List.of("1", "10", "50"), "设备未投入使用。");
        openAndAssign(reviewer, reviewPath);

        // an expert not on the panel finds nothing, and cannot open a panel member's assignment
        WebClient outsider = Applicants.as("demo.expert5");
        assertFalse(outsider.get("/expert/home.xhtml").body().contains(number));
        String memberPath = acceptancePath(Applicants.as(PANEL.get(0)), number);
        assertEquals(404, outsider.get(memberPath).statusCode());

        // a score above 100 is refused with a message
        WebClient first = Applicants.as(PANEL.get(0));
        Experts.declareNoConflict(first, memberPath);
        first.get(memberPath);
        HttpResponse<String> tooHigh = first.submit(memberPath, "score", "submit", scores("150", "40", "40"));
        assertEquals(200, tooHigh.statusCode());
        assertEquals(
                "0",
                one("SELECT COUNT(*) FROM acceptance_assignment WHERE submitted_at IS NOT NULL AND expert = '"
                        + PANEL.get(0) + "' AND acceptance_id = (SELECT id FROM acceptance WHERE application_id = "
                        + id + ")"));

        scoreBlind(number, id, List.of("40", "40", "40"));
        reviewer.get(reviewPath);
        HttpResponse<String> concluded = reviewer.submit(reviewPath, "conclude", "conclude", Map.of());
        assertEquals(302, concluded.statusCode(), () -> Applicants.errors(concluded.body()));

        assertEquals(
                "FAILED 40.00",
                one("SELECT status || ' ' || panel_score FROM acceptance WHERE application_id = " + id));
        assertEquals(
                "FAILED_ACCEPTANCE 7000000",
                one("SELECT reason || ' ' || principal_fen FROM recovery_order WHERE application_id = " + id),
                "what was paid is to be recovered");
        assertEquals(
                "0",
                one("SELECT COUNT(*) FROM payment_request WHERE application_id = " + id + " AND tranche_no = 2"),
                "the tranche after acceptance never falls due");
        assertEquals(
                "2",
                one("SELECT COUNT(*) FROM notice WHERE application_id = " + id
                        + " AND kind IN ('ACCEPTANCE_CONCLUSION', 'RECOVERY_NOTICE')"),
                "the failure's conclusion notice and the recovery order's notice");
        assertTrue(applicant.get(path).body().contains("验收不通过"));
        // the organisation's name begins with "=": the export keeps it text
        String csv = reviewer.get("/reviewer/acceptances.csv").body();
        assertTrue(csv.contains(",'=验收失败企业"), csv);
    }

    @Test
    @OperateOnDeployment("probe")
    void filesReachOnlyTheBureauTheClearedPanelAndTheirOwnersAndAMissedRectificationIsConcludedWithAReason() {
        WebClient applicant = Applicants.newEnterprise(
                TestData.username("yanshou"), "验收材料企业" + TestData.username("m"), TestData.creditCode());
        WebClient reviewer = Applicants.as("demo.reviewer");
        String number = Agreements.approvedWithLetter(applicant, reviewer);
        long id = Reviewers.idOf(applicant, number);
        String path = Applicants.pathOf(applicant, number);
        String reviewPath = "/reviewer/acceptance.xhtml?id=" + id;
        Agreements.sign(applicant, reviewer, number, "5", "120", "90");

        // a file that is not what its name says is refused by its content, and nothing is requested
        String page = applicant.get(path).body();
        HttpResponse<String> fake = applicant.submitFile(
                path,
                "acceptance",
                "request",
                achieved(List.of("5", "100", "80"), "验收材料见附件。"),
                fileInput(page),
                "验收报告.pdf",
                "MZ no pdf at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, fake.statusCode());
        assertFalse(Applicants.errors(fake.body()).isBlank(), "the file is refused with a message");
        assertEquals("0", one("SELECT COUNT(*) FROM acceptance WHERE application_id = " + id));
        page = applicant.get(path).body();
        HttpResponse<String> requested = applicant.submitFile(
                path,
                "acceptance",
                "request",
                achieved(List.of("5", "100", "80"), "验收材料见附件。"),
                fileInput(page),
                "验收报告.pdf",
                cn.kaifeng.tfs.attachment.SampleFiles.plainPdf());
        assertEquals(302, requested.statusCode(), () -> Applicants.errors(requested.body()));
        String fileId = one("SELECT MIN(f.id) FROM acceptance_file f JOIN acceptance a ON a.id = f.acceptance_id"
                + " WHERE a.application_id = " + id + " AND f.acceptance_round = 1 AND f.kind = 'PDF'");
        String file = "/acceptance-files/" + fileId;
        assertTrue(applicant.get(path).body().contains(file), "the applicant sees what it attached");

        // who may read it: the bureau and the organisation; not another applicant, nor an expert off the panel
        assertEquals(200, applicant.download(file).statusCode());
        assertEquals(200, reviewer.download(file).statusCode());
        assertTrue(reviewer.get(reviewPath).body().contains(file), "listed on the reviewer's page");
        assertEquals(404, Applicants.as("demo.team").download(file).statusCode(), "another applicant");
        assertEquals(404, Applicants.as("demo.expert5").download(file).statusCode(), "an expert off the panel");
        // and it is in the organisation's data export, byte for byte
        java.util.Map<String, byte[]> export =
                Applicants.unzip(applicant.download("/applicant/export").body());
        assertTrue(
                java.util.Arrays.equals(
                        applicant.download(file).body(), export.get("acceptance/" + fileId + "-验收报告.pdf")),
                "in the export: " + export.keySet());

        // a panel expert only once cleared, as for the request itself
        openAndAssign(reviewer, reviewPath);
        WebClient member = Applicants.as(PANEL.get(0));
        assertEquals(404, member.download(file).statusCode(), "assigned, not yet declared");
        scoreBlind(number, id, List.of("70", "70", "70"));
        assertEquals(200, member.download(file).statusCode(), "cleared");
        assertTrue(member.get(acceptancePath(member, number)).body().contains(file), "on the expert's page");

        // 70 points: 限期整改; the deadline then passes without a second request
        reviewer.get(reviewPath);
        HttpResponse<String> rectify = reviewer.submit(reviewPath, "conclude", "conclude", Map.of());
        assertEquals(302, rectify.statusCode(), () -> Applicants.errors(rectify.body()));
        assertEquals("RECTIFYING", one("SELECT status FROM acceptance WHERE application_id = " + id));
        assertFalse(reviewer.get(reviewPath).body().contains("id=\"rectify-overdue\""), "not before the deadline");
        probe.inTransaction(em -> em.createNativeQuery(
                        "UPDATE acceptance SET rectify_by = DATE '2026-01-05' WHERE application_id = " + id)
                .executeUpdate());

        // the daily run notices it once and tells the organisation; a second run tells nobody again
        // (the hourly tick may have noticed it first: either way, once)
        ScheduleRuns.runDay("RectificationSchedule", ScheduleRuns.today());
        ScheduleRuns.runDay("RectificationSchedule", ScheduleRuns.today());
        assertEquals(
                "1",
                one("SELECT COUNT(*) FROM notification WHERE application_id = " + id
                        + " AND kind = 'ACCEPTANCE_RECTIFY_OVERDUE'"));
        assertTrue(applicant.get("/applicant/notifications.xhtml").body().contains(number + "：验收整改期限已届满"));
        String applicantPage = applicant.get(path).body();
        assertTrue(applicantPage.contains("id=\"acceptance-rectify-overdue\""), "the applicant is told");
        assertFalse(applicantPage.contains("id=\"acceptance:request\""), "and may not ask again");
        String list = reviewer.get("/reviewer/acceptances.xhtml").body();
        assertTrue(list.contains("逾期未整改"), "flagged in the bureau's list");

        // the reviewer concludes 不通过 (逾期未整改): a reason is required; no second panel
        reviewer.get(reviewPath);
        HttpResponse<String> noReason = reviewer.submit(reviewPath, "lapse", "conclude-lapsed", Map.of("reason", ""));
        assertEquals(200, noReason.statusCode());
        assertTrue(Applicants.errors(noReason.body()).contains("认定理由"), Applicants.errors(noReason.body()));
        reviewer.get(reviewPath);
        HttpResponse<String> overlong =
                reviewer.submit(reviewPath, "lapse", "conclude-lapsed", Map.of("reason", "长".repeat(1001)));
        assertEquals(200, overlong.statusCode());
        assertFalse(Applicants.errors(overlong.body()).isBlank(), "an overlong reason is refused with a message");
        assertEquals("RECTIFYING", one("SELECT status FROM acceptance WHERE application_id = " + id));
        reviewer.get(reviewPath);
        HttpResponse<String> lapsed =
                reviewer.submit(reviewPath, "lapse", "conclude-lapsed", Map.of("reason", "整改期满未提交整改报告，经电话催告仍未提交。"));
        assertEquals(302, lapsed.statusCode(), () -> Applicants.errors(lapsed.body()));
        assertEquals(
                "FAILED 1 70.00",
                one("SELECT status || ' ' || acceptance_round || ' ' || panel_score FROM acceptance"
                        + " WHERE application_id = " + id));
        assertEquals(
                "2",
                one("SELECT COUNT(*) FROM notice WHERE application_id = " + id + " AND kind = 'ACCEPTANCE_CONCLUSION'"),
                "the 限期整改 notice and the lapse's own");
        assertEquals("1", one("SELECT COUNT(*) FROM performance_evaluation WHERE application_id = " + id));
        assertTrue(applicant.get(path).body().contains("经电话催告仍未提交"), "the applicant reads the reason");
    }

    /** The acceptance form's file input as the page names it (PrimeFaces' simple upload), without the form's prefix. */
    private static String fileInput(String page) {
        java.util.regex.Matcher name = java.util.regex.Pattern.compile(
                        "<input[^>]*type=\"file\"[^>]*name=\"acceptance:([^\"]+)\"|<input[^>]*name=\"acceptance:([^\"]+)\"[^>]*type=\"file\"")
                .matcher(page);
        assertTrue(name.find(), "the acceptance form has a file input");
        return name.group(1) != null ? name.group(1) : name.group(2);
    }

    private static void request(WebClient applicant, String path, List<String> values, String summary) {
        applicant.get(path);
        HttpResponse<String> requested = applicant.submit(path, "acceptance", "request", achieved(values, summary));
        assertEquals(302, requested.statusCode(), () -> Applicants.errors(requested.body()));
    }

    private static void openAndAssign(WebClient reviewer, String reviewPath) {
        reviewer.get(reviewPath);
        HttpResponse<String> opened = reviewer.submit(reviewPath, "open", "open", Map.of());
        assertEquals(302, opened.statusCode(), () -> Applicants.errors(opened.body()));

        // two experts are too few for a panel: refused with the minimum
        String page = reviewer.get(reviewPath).body();
        HttpResponse<String> tooFew = reviewer.post(reviewPath, assignPairs(page, PANEL.subList(0, 2)));
        assertEquals(200, tooFew.statusCode());
        assertTrue(Applicants.errors(tooFew.body()).contains("3"), Applicants.errors(tooFew.body()));
        page = reviewer.get(reviewPath).body();
        HttpResponse<String> assigned = reviewer.post(reviewPath, assignPairs(page, PANEL));
        assertEquals(302, assigned.statusCode(), () -> Applicants.errors(assigned.body()));
    }

    /** Each expert of the panel declares no conflict and scores all three indicators; returns their pages. */
    private List<String> scoreBlind(String number, long id, List<String> points) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < PANEL.size(); i++) {
            WebClient expert = Applicants.as(PANEL.get(i));
            String path = acceptancePath(expert, number);
            paths.add(path);
            if (!expert.get(path).body().contains("id=\"score:submit\"")) {
                Experts.declareNoConflict(expert, path);
            }
            String page = expert.get(path).body();
            assertTrue(page.contains("id=\"summary\""), "a cleared expert sees the request");
            assertFalse(page.contains("id=\"others\""), "blind: no one else's score before scoring");
            HttpResponse<String> scored = expert.submit(path, "score", "submit", scores(points.toArray(String[]::new)));
            assertEquals(302, scored.statusCode(), () -> Applicants.errors(scored.body()));
            String after = expert.get(path).body();
            if (i > 0) {
                assertTrue(after.contains("id=\"others\""), "the others' scores once one's own is in");
            }
        }
        return paths;
    }

    private String one(String sql) {
        return probe.inTransaction(
                em -> String.valueOf(em.createNativeQuery(sql).getSingleResult()));
    }
}
