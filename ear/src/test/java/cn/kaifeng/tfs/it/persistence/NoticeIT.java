package cn.kaifeng.tfs.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Agreements;
import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.Payments;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.ejb.EJB;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notices after the award on the real server (issue 28 item 6): the treasury's return file marking a payment PAID
 * issues one payment notice (拨付通知), importing the file again issues nothing more; the notice's PDF reads back with
 * its number and amount, verifies by code and by file through the public API, and a tampered copy is reported
 * altered; the organisation's applicant and reviewers download it, another organisation's applicant is told it does
 * not exist. The reviewers' budget execution (预算执行) shows the payment, on the page and in its CSV. Opening a
 * recovery order on the same award issues its recovery notice (追回通知). The payment's way to the
 * treasury file is PaymentIT's; here the request is put in a file directly, so that this test is about the notices.
 */
@ExtendWith(ArquillianExtension.class)
class NoticeIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int YEAR = LocalDate.now(CHINA).getYear();

    @Deployment(name = "probe")
    static WebArchive probe() {
        return ProbeArchive.withHttpHelpers("notice-probe.war")
                .addPackage(cn.kaifeng.tfs.payment.domain.PaymentRequest.class.getPackage())
                .addPackage(cn.kaifeng.tfs.ledger.domain.Book.class.getPackage())
                .addPackage(cn.kaifeng.tfs.audit.domain.AuditRecord.class.getPackage())
                .addPackage(cn.kaifeng.tfs.shared.domain.Money.class.getPackage())
                .addClasses(
                        cn.kaifeng.tfs.letter.domain.Notice.class,
                        cn.kaifeng.tfs.letter.domain.NoticeFile.class,
                        cn.kaifeng.tfs.letter.domain.LetterKind.class,
                        cn.kaifeng.tfs.payment.service.DueTranches.class,
                        cn.kaifeng.tfs.agreement.service.TrancheMatured.class,
                        cn.kaifeng.tfs.audit.service.AuditLog.class,
                        cn.kaifeng.tfs.ledger.service.Bookkeeper.class,
                        cn.kaifeng.tfs.payment.infra.AccountNumberConverter.class,
                        cn.kaifeng.tfs.shared.infra.EncryptedTextConverter.class,
                        cn.kaifeng.tfs.shared.infra.PersonalDataKeys.class,
                        cn.kaifeng.tfs.shared.infra.PersonalDataCipher.class,
                        cn.kaifeng.tfs.shared.infra.Clocks.class,
                        Agreements.class,
                        PaymentProbe.class);
    }

    @EJB
    private PaymentProbe payments;

    @EJB
    private Probe probe;

    @Test
    @OperateOnDeployment("probe")
    void aPaidPaymentAndAnOpenedOrderEachGetOneSignedNoticeOnlyTheirOwnersRead() throws Exception {
        WebClient applicant = Applicants.newEnterprise(
                TestData.username("tz"), "通知测试企业" + TestData.username("n"), TestData.creditCode());
        String number = Applicants.submitted(applicant, "KF-ZL-LEASING", Agreements.leasing());
        long id = Long.parseLong(one("SELECT id FROM application WHERE number = '" + number + "'"));
        long organisation = Long.parseLong(one("SELECT organisation_id FROM application WHERE id = " + id));
        String program = "IT-NOTICE-"
                + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        payments.award(program, YEAR, 2_000_000_00L, id, 1_000_000_00L);
        payments.trancheDue(id, number, program, organisation, 1, 300_000_00L, 500_000_00L);
        long payment = Long.parseLong(
                one("SELECT id FROM payment_request WHERE application_id = " + id + " AND tranche_no = 1"));
        // approved and sent in a file as PaymentIT takes it there: here only the state the return file needs
        probe.inTransaction(em -> em.createNativeQuery("UPDATE payment_request SET status = 'IN_FILE',"
                        + " reviewed_by = 'demo.reviewer', first_finance_by = 'demo.reviewer2',"
                        + " approved_at = requested_at WHERE id = " + payment)
                .executeUpdate());

        WebClient finance = Payments.financeOfficer("demo.reviewer2");
        String returned = "payment_id,amount_yuan,result,treasury_reference,reason\r\n" + payment
                + ",300000.00,PAID,GKN" + payment + ",\r\n";
        Payments.importReturn(finance, returned);
        assertEquals("PAID", one("SELECT status FROM payment_request WHERE id = " + payment));
        assertEquals("1", one("SELECT COUNT(*) FROM notice WHERE kind = 'PAYMENT_NOTICE' AND source_id = " + payment));
        long notice =
                Long.parseLong(one("SELECT id FROM notice WHERE kind = 'PAYMENT_NOTICE' AND source_id = " + payment));
        String noticeNumber = one("SELECT number FROM notice WHERE id = " + notice);
        String code = one("SELECT verification_code FROM notice WHERE id = " + notice);
        assertTrue(noticeNumber.matches("汴财拨〔\\d{4}〕\\d{4,}号"), noticeNumber);

        // the same file again: nothing twice
        Payments.importReturn(finance, returned);
        assertEquals("1", one("SELECT COUNT(*) FROM notice WHERE kind = 'PAYMENT_NOTICE' AND source_id = " + payment));

        // the applicant finds it on its application page and downloads it; the PDF says what was paid
        String page = applicant.get(Applicants.pathOf(applicant, number)).body();
        assertTrue(page.contains("id=\"notice-download-" + notice + "\""), "listed on the application page");
        Matcher tranche =
                Pattern.compile("id=\"tranche-1\".*?</tr>", Pattern.DOTALL).matcher(page);
        assertTrue(
                tranche.find() && tranche.group().contains("/notices/" + notice + "\""), "the paid tranche links it");
        HttpResponse<byte[]> download = applicant.download("/notices/" + notice);
        assertEquals(200, download.statusCode());
        byte[] pdf = download.body();
        String text = text(pdf);
        for (String said : new String[] {noticeNumber, "300,000.00", "叁拾万元整", "GKN" + payment, "2130199", "第1笔"}) {
            assertTrue(text.contains(said), said + " in " + text);
        }
        // reviewers read it; another organisation's applicant is told it does not exist
        assertEquals(
                200,
                Applicants.as("demo.reviewer").download("/notices/" + notice).statusCode());
        assertTrue(Applicants.as("demo.reviewer")
                .get("/reviewer/application.xhtml?id=" + id)
                .body()
                .contains("id=\"notice-download-" + notice + "\""));
        WebClient stranger = Applicants.newEnterprise(
                TestData.username("tz"), "无关企业" + TestData.username("x"), TestData.creditCode());
        assertEquals(404, stranger.download("/notices/" + notice).statusCode());
        assertFalse(stranger.get("/applicant/application.xhtml?id=" + id).body().contains(noticeNumber));

        // verified publicly like a letter: by code, by file; a changed byte is reported altered
        String byCode = rest("GET", "?code=" + code, null).body();
        assertTrue(byCode.contains("\"status\":\"GENUINE\""), byCode);
        assertTrue(byCode.contains("PAYMENT_NOTICE"), byCode);
        assertTrue(byCode.contains(noticeNumber), byCode);
        String byFile = rest("POST", "", pdf).body();
        assertTrue(byFile.contains("\"status\":\"GENUINE\"") && byFile.contains(noticeNumber), byFile);
        byte[] tampered = pdf.clone();
        tampered[pdf.length / 2] ^= 0x01;
        String altered = rest("POST", "", tampered).body();
        assertTrue(altered.contains("\"status\":\"ALTERED\""), altered);

        // the reviewers' budget execution shows the payment in the award's district, against the program's budget
        String execution = Applicants.as("demo.reviewer")
                .get("/reviewer/budget-execution.xhtml?year=" + YEAR + "&program=" + program)
                .body();
        Matcher row = Pattern.compile(
                        "<tr id=\"row-" + Pattern.quote(program) + "-" + YEAR + "-[A-Z_]+\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(execution);
        assertTrue(row.find(), execution);
        String figures = row.group(1).replaceAll("\\s+", "");
        assertTrue(
                figures.contains(
                        "<td>2,000,000.00</td><td>700,000.00</td><td>300,000.00</td><td>0.00</td><td>15.00%</td>"),
                figures);
        assertFalse(row.find(), "one district");
        String csv = new String(
                Applicants.as("demo.reviewer")
                        .download("/reviewer/budget-execution.csv?year=" + YEAR + "&program=" + program)
                        .body(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains(",2000000.00,700000.00,300000.00,0.00,15.00\r\n"), csv);
        assertEquals(
                403,
                applicant
                        .download("/reviewer/budget-execution.csv?year=" + YEAR)
                        .statusCode());

        // a recovery order on the paid award issues its recovery notice
        probe.inTransaction(em -> em.createNativeQuery("UPDATE application SET status = 'LETTER_ISSUED',"
                        + " outcome = 'PASSED', total = 90, award = 1000000, decided_amount = 1000000,"
                        + " decided_by = 'demo.reviewer' WHERE id = " + id)
                .executeUpdate());
        WebClient reviewer = Applicants.as("demo.reviewer");
        String open = "/reviewer/recovery-order.xhtml?application=" + id;
        reviewer.get(open);
        HttpResponse<String> opened = reviewer.submit(open, "open", "open-order", openFields("100000"));
        assertEquals(302, opened.statusCode(), () -> Applicants.errors(opened.body()));
        long order = Long.parseLong(
                opened.headers().firstValue("Location").orElseThrow().replaceAll(".*id=(\\d+).*", "$1"));
        long recoveryNotice =
                Long.parseLong(one("SELECT id FROM notice WHERE kind = 'RECOVERY_NOTICE' AND source_id = " + order));
        String orderPage =
                reviewer.get("/reviewer/recovery-order.xhtml?id=" + order).body();
        assertTrue(orderPage.contains("/notices/" + recoveryNotice + "\""), "the order links its notice");
        String recovery = text(applicant.download("/notices/" + recoveryNotice).body());
        for (String said : new String[] {"追回", "100,000.00", "壹拾万元整", "失信", "未按任务书约定开展项目"}) {
            assertTrue(recovery.contains(said), said + " in " + recovery);
        }
        assertEquals(404, stranger.download("/notices/" + recoveryNotice).statusCode());

        // the organisation's data export (个人信息保护法) carries the payment, the order and both signed notices
        Map<String, byte[]> export =
                Applicants.unzip(applicant.download("/applicant/export").body());
        String data = new String(export.get("data.json"), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertTrue(data.contains("\"treasury_ref\":\"GKN" + payment + "\""), "the payment, as the treasury paid it");
        assertTrue(data.contains("\"principal_fen\":10000000"), "the recovery order");
        assertTrue(data.contains("\"number\":\"" + noticeNumber + "\""), "the payment notice");
        assertFalse(data.contains("reviewed_by") || data.contains("first_finance_by"), "not who approved it");
        assertTrue(data.contains("\"payeeAccount\":["), "the payee account's section");
        assertEquals(
                2,
                export.keySet().stream().filter(n -> n.startsWith("notices/")).count(),
                "both notices enclosed: " + export.keySet());
        assertTrue(
                java.util.Arrays.equals(
                        export.get("notices/" + noticeNumber + ".pdf"),
                        applicant.download("/notices/" + notice).body()),
                "as issued, byte for byte: " + export.keySet());
    }

    private static Map<String, String> openFields(String yuan) {
        String due = LocalDate.now(CHINA).plusDays(30).toString();
        return Map.of(
                "amount_input", yuan,
                "amount_hinput", yuan,
                "reason_input", "BREACH",
                "reason-text", "未按任务书约定开展项目，经核查属实",
                "due_input", due);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static HttpResponse<String> rest(String method, String query, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(Deployments.baseUrl() + "/api/v1/letters/verification" + query))
                .header("Accept", "application/json");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String one(String sql) {
        return probe.inTransaction(
                em -> String.valueOf(em.createNativeQuery(sql).getSingleResult()));
    }
}
