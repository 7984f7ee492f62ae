package cn.kaifeng.tfs.it.persistence;

import static cn.kaifeng.tfs.it.Payments.financeOfficer;
import static cn.kaifeng.tfs.it.Payments.flash;
import static cn.kaifeng.tfs.it.Payments.newReviewer;
import static cn.kaifeng.tfs.it.Payments.press;
import static cn.kaifeng.tfs.it.Payments.pressIfOffered;
import static cn.kaifeng.tfs.it.Payments.saveAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payment in tranches on the real server: a tranche fired as the agreement will fire it (the probe stands in for the
 * agreement) becomes a payment request, which the pages take through the reviewer's and the finance officers'
 * approvals (four eyes, two finance officers above the threshold, refused without the payee's account and beyond the
 * award), into a payment file that is downloaded and read line by line, and back through the treasury's return file
 * (a file with a wrong line stores nothing; PAID posts to the ledger; FAILED returns to the queue; the same file twice
 * changes nothing). The applicant sees each tranche's state. And two finance officers approving at the same moment
 * cannot together pass the award.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentIT {

    /** The current year, so that the administrator's execution view (which opens on it) shows the test's book. */
    private static final int YEAR =
            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();

    @Deployment(name = "probe")
    static WebArchive probe() {
        return ProbeArchive.withHttpHelpers("payment-probe.war")
                .addPackage(cn.kaifeng.tfs.payment.domain.PaymentRequest.class.getPackage())
                .addPackage(cn.kaifeng.tfs.ledger.domain.Book.class.getPackage())
                .addPackage(cn.kaifeng.tfs.audit.domain.AuditRecord.class.getPackage())
                .addPackage(cn.kaifeng.tfs.shared.domain.Money.class.getPackage())
                .addClasses(
                        cn.kaifeng.tfs.payment.service.DueTranches.class,
                        cn.kaifeng.tfs.agreement.service.TrancheMatured.class,
                        cn.kaifeng.tfs.audit.service.AuditLog.class,
                        cn.kaifeng.tfs.ledger.service.Bookkeeper.class,
                        cn.kaifeng.tfs.payment.infra.AccountNumberConverter.class,
                        cn.kaifeng.tfs.shared.infra.EncryptedTextConverter.class,
                        cn.kaifeng.tfs.shared.infra.PersonalDataKeys.class,
                        cn.kaifeng.tfs.shared.infra.PersonalDataCipher.class,
                        cn.kaifeng.tfs.shared.infra.Clocks.class,
                        PaymentProbe.class);
    }

    @EJB
    private PaymentProbe payments;

    @EJB
    private Probe probe;

    /** An applicant with a submitted application; its id and organisation id. */
    private record Award(WebClient applicant, String number, long applicationId, long organisationId, String program) {}

    private Award award(long awardFen) {
        WebClient applicant = Applicants.newEnterprise(
                TestData.username("pay"), "拨付测试企业" + TestData.username("p"), TestData.creditCode());
        String number = Applicants.submitted(applicant, "KF-ZL-LEASING", leasing());
        Object[] row = probe.inTransaction(
                em -> (Object[]) em.createNativeQuery("SELECT id, organisation_id FROM application WHERE number = ?1")
                        .setParameter(1, number)
                        .getSingleResult());
        long id = ((Number) row[0]).longValue();
        String program = "IT-PAY-"
                + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        payments.award(program, YEAR, 2_000_000_00L, id, awardFen);
        return new Award(applicant, number, id, ((Number) row[1]).longValue(), program);
    }

    private static Map<String, String> leasing() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("leasingAmount", "30000000");
        values.put("leaseTermMonths", "36");
        values.put("interestPaid", "1200000");
        values.put("feesPaid", "0");
        return values;
    }

    private long due(Award a, int tranche, long fen, long threshold) {
        payments.trancheDue(a.applicationId(), a.number(), a.program(), a.organisationId(), tranche, fen, threshold);
        return probe.inTransaction(em -> ((Number) em.createNativeQuery(
                                "SELECT id FROM payment_request WHERE application_id = ?1 AND tranche_no = ?2")
                        .setParameter(1, a.applicationId())
                        .setParameter(2, tranche)
                        .getSingleResult())
                .longValue());
    }

    private String status(long paymentId) {
        return probe.inTransaction(
                em -> (String) em.createNativeQuery("SELECT status FROM payment_request WHERE id = ?1")
                        .setParameter(1, paymentId)
                        .getSingleResult());
    }

    @Test
    @OperateOnDeployment("probe")
    void aTrancheGoesFromRequestThroughTheTreasuryFilesToTheLedger() {
        Award a = award(1_000_000_00L);
        long first = due(a, 1, 300_000_00L, 500_000_00L);
        long second = due(a, 2, 600_000_00L, 500_000_00L); // above the threshold: two finance officers
        long third = due(a, 3, 200_000_00L, 500_000_00L); // together with the others beyond the award
        due(a, 1, 300_000_00L, 500_000_00L); // the event again: no second request
        assertEquals(
                3L,
                probe.<Number>inTransaction(em -> (Number)
                                em.createNativeQuery("SELECT COUNT(*) FROM payment_request WHERE application_id = ?1")
                                        .setParameter(1, a.applicationId())
                                        .getSingleResult())
                        .longValue());

        WebClient reviewer = Applicants.as("demo.reviewer");
        WebClient finance = financeOfficer("demo.reviewer2");
        WebClient finance2 = financeOfficer(newReviewer());

        // a reviewer who is no finance officer sees no finance button; finance before review is not offered either
        assertFalse(reviewer.get("/reviewer/payment-files.xhtml").body().contains("generate:generate"));
        for (long id : List.of(first, second, third)) {
            flash(reviewer, press(reviewer, id, "review"));
        }
        assertEquals("REVIEWED", status(first));

        // no account yet: refused with the reason
        String refused = Applicants.errors(press(finance, first, "approve").body());
        assertTrue(refused.contains("尚未登记收款账户"), refused);
        saveAccount(a.applicant(), "拨付测试企业", "6222 0212 3456 7891 234");
        String accountPage = a.applicant().get("/applicant/payee-account.xhtml").body();
        assertTrue(accountPage.contains("6222 **** **** 1234"), "shown masked");
        assertFalse(accountPage.contains("6222021234567891234"), "never in full");
        assertFalse(
                probe.<String>inTransaction(em -> (String) em.createNativeQuery(
                                        "SELECT account_number FROM payee_account WHERE organisation_id = ?1")
                                .setParameter(1, a.organisationId())
                                .getSingleResult())
                        .contains("1234"),
                "stored encrypted");

        assertTrue(flash(finance, press(finance, first, "approve")).contains("将列入下一个支付文件"));
        assertTrue(flash(finance, press(finance, second, "approve")).contains("还需另一名财务人员审批"));
        String twice = Applicants.errors(press(finance, second, "approve").body());
        assertTrue(twice.contains("另一名财务人员"), twice);
        flash(finance2, press(finance2, second, "approve"));
        assertEquals("APPROVED", status(second));
        // 300,000 + 600,000 in flight: 100,000 left of the award for the third's 200,000
        String beyond = Applicants.errors(press(finance2, third, "approve").body());
        assertTrue(beyond.contains("超出该项扶持尚可拨付的 100,000"), beyond);

        // the payment file, written on demand and downloaded
        finance.get("/reviewer/payment-files.xhtml");
        HttpResponse<String> generated =
                finance.submit("/reviewer/payment-files.xhtml", "generate", "generate", Map.of());
        assertEquals(302, generated.statusCode(), () -> Applicants.errors(generated.body()));
        String filesPage = finance.get("/reviewer/payment-files.xhtml").body();
        long fileId = probe.<Number>inTransaction(
                        em -> (Number) em.createNativeQuery("SELECT file_id FROM payment_request WHERE id = ?1")
                                .setParameter(1, first)
                                .getSingleResult())
                .longValue();
        assertTrue(filesPage.contains("id=\"file-" + fileId + "\""), "listed");
        assertEquals("IN_FILE", status(first));
        assertEquals("IN_FILE", status(second));
        HttpResponse<byte[]> download = finance.download("/reviewer/payment-file?id=" + fileId);
        assertEquals(200, download.statusCode());
        String csv = new String(download.body(), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals(
                "payment_id,payee_name,account_number,bank_name,amount_yuan,purpose,program,budget_line,application_number",
                lines[0]);
        assertTrue(
                csv.contains(first + ",拨付测试企业,6222021234567891234,中国银行开封分行,300000.00,开封市元宇宙扶持资金 第1笔," + a.program()
                        + ",2130199," + a.number() + "\r\n"),
                csv);
        assertTrue(csv.contains(second + ",拨付测试企业,6222021234567891234,中国银行开封分行,600000.00,"), csv);
        assertFalse(csv.contains("\r\n" + third + ","), "the third is not approved");
        assertEquals(3, lines.length, "the header and the two approved payments");
        assertEquals(
                403, reviewer.download("/reviewer/payment-file?id=" + fileId).statusCode(), "finance officers only");
        assertEquals(
                403,
                a.applicant().download("/reviewer/payment-file?id=" + fileId).statusCode());

        // a return file with one wrong line stores nothing
        String header = "payment_id,amount_yuan,result,treasury_reference,reason\r\n";
        String good = header + first + ",300000.00,PAID,GK" + first + ",\r\n" + second + ",600000.00,FAILED,GK" + second
                + ",账户户名不符\r\n";
        String bad = header + first + ",300000.00,PAID,GK" + first + ",\r\n" + second + ",600001.00,PAID,GK2,\r\n";
        finance.get("/reviewer/payment-files.xhtml");
        HttpResponse<String> rejected = finance.submitFile(
                "/reviewer/payment-files.xhtml",
                "import",
                "upload",
                "file",
                "return.csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, rejected.statusCode());
        assertTrue(rejected.body().contains("第 3 行"), rejected.body());
        assertTrue(rejected.body().contains("金额与报送国库的"), rejected.body());
        assertEquals("IN_FILE", status(first), "nothing stored");

        finance.get("/reviewer/payment-files.xhtml");
        HttpResponse<String> imported = finance.submitFile(
                "/reviewer/payment-files.xhtml",
                "import",
                "upload",
                "file",
                "return.csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertEquals(302, imported.statusCode(), () -> Applicants.errors(imported.body()));
        assertTrue(finance.get("/reviewer/payment-files.xhtml").body().contains("已支付 1 笔，支付失败 1 笔"));
        assertEquals("PAID", status(first));
        assertEquals("FAILED", status(second));
        assertEquals(
                300_000_00L,
                probe.<Number>inTransaction(em -> (Number) em.createNativeQuery(
                                        "SELECT SUM(amount_fen) FROM ledger_posting WHERE award_id = ?1"
                                                + " AND source_kind = 'PAYMENT' AND source_id = ?2 AND debit_account = 'PAID'")
                                .setParameter(1, a.applicationId())
                                .setParameter(2, first)
                                .getSingleResult())
                        .longValue(),
                "posted to the ledger with the payment as its source");

        // the ledger's execution view (预算执行) shows it paid
        String execution =
                Applicants.as("demo.admin").get("/admin/budgets.xhtml").body();
        Matcher book = Pattern.compile("id=\"execution-" + Pattern.quote(a.program()) + "\".*?</tr>", Pattern.DOTALL)
                .matcher(execution);
        assertTrue(book.find(), "the award's book is in the execution view");
        assertTrue(book.group().contains("<td>300,000.00</td>"), book.group());

        // the same file again changes nothing
        finance.get("/reviewer/payment-files.xhtml");
        HttpResponse<String> again = finance.submitFile(
                "/reviewer/payment-files.xhtml",
                "import",
                "upload",
                "file",
                "return.csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertEquals(302, again.statusCode(), () -> Applicants.errors(again.body()));
        assertTrue(finance.get("/reviewer/payment-files.xhtml").body().contains("跳过 2 笔"));
        assertEquals(
                1L,
                probe.<Number>inTransaction(em -> (Number) em.createNativeQuery(
                                        "SELECT COUNT(*) FROM ledger_posting WHERE source_kind = 'PAYMENT' AND source_id = ?1")
                                .setParameter(1, first)
                                .getSingleResult())
                        .longValue());

        // the failed one is back in the queue with its reason; the third now fits (700,000 left, none in flight)
        String queue = finance.get("/reviewer/payments.xhtml").body();
        assertTrue(queue.contains("账户户名不符"), "the reason is shown");
        flash(finance2, press(finance2, third, "approve"));
        assertEquals("APPROVED", status(third));

        // the applicant sees each tranche
        String application =
                a.applicant().get(Applicants.pathOf(a.applicant(), a.number())).body();
        Matcher paid =
                Pattern.compile("id=\"tranche-1\".*?</tr>", Pattern.DOTALL).matcher(application);
        assertTrue(paid.find(), application);
        assertTrue(paid.group().contains("已到账") && paid.group().contains("GK" + first), paid.group());
        Matcher failed =
                Pattern.compile("id=\"tranche-2\".*?</tr>", Pattern.DOTALL).matcher(application);
        assertTrue(failed.find() && failed.group().contains("账户户名不符"), application);
        // and nobody else's applicant does
        WebClient stranger = Applicants.newEnterprise(
                TestData.username("pay"), "无关企业" + TestData.username("x"), TestData.creditCode());
        assertFalse(stranger.get("/applicant/application.xhtml?id=" + a.applicationId())
                .body()
                .contains("账户户名不符"));
    }

    @Test
    @OperateOnDeployment("probe")
    void twoFinanceOfficersApprovingAtOnceCannotPassTheAward() throws Exception {
        Award a = award(1_000_000_00L);
        saveAccount(a.applicant(), "拨付测试企业", "410012345678");
        List<Long> ids = new ArrayList<>();
        for (int t = 1; t <= 6; t++) {
            ids.add(due(a, t, 300_000_00L, 1_000_000_00L)); // 1,800,000 asked of a 1,000,000 award
        }
        WebClient reviewer = Applicants.as("demo.reviewer");
        for (long id : ids) {
            flash(reviewer, press(reviewer, id, "review"));
        }
        List<WebClient> officers = List.of(financeOfficer("demo.reviewer2"), financeOfficer(newReviewer()));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int o = 0; o < 2; o++) {
                WebClient officer = officers.get(o);
                List<Long> order = new ArrayList<>(ids);
                if (o == 1) {
                    java.util.Collections.reverse(order);
                }
                results.add(pool.submit(() -> {
                    start.await();
                    int approved = 0;
                    for (long id : order) {
                        HttpResponse<String> answer = pressIfOffered(officer, id, "approve");
                        if (answer != null && answer.statusCode() == 302) {
                            approved++;
                        }
                    }
                    return approved;
                }));
            }
            start.countDown();
            int approved = 0;
            for (Future<Integer> f : results) {
                approved += f.get(5, TimeUnit.MINUTES);
            }
            long inFlight = probe.<Number>inTransaction(em -> (Number) em.createNativeQuery(
                                    "SELECT COALESCE(SUM(amount_fen), 0) FROM payment_request WHERE application_id = ?1"
                                            + " AND status = 'APPROVED'")
                            .setParameter(1, a.applicationId())
                            .getSingleResult())
                    .longValue();
            assertEquals(900_000_00L, inFlight, "three of 300,000 fit into 1,000,000, never a fourth");
            assertEquals(3, approved, "each approval the officers were told of is one that stands");
        } finally {
            pool.shutdownNow();
        }
    }
}
