package cn.kaifeng.tfs.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.ledger.domain.Book;
import cn.kaifeng.tfs.ledger.service.Bookkeeper;
import cn.kaifeng.tfs.recovery.domain.RecoveryOrder;
import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Recovery on the real server, through the pages: an award with money paid (put there through the ledger from the
 * probe, as a payment will) gets a recovery order, a part payment (interest first, the principal posted to the
 * ledger as RECOVERED), goes overdue, leads to a 失信 record; the same organisation is then refused a new
 * application at the gate with the record's number and end, until a reviewer lifts it. Another organisation sees
 * nothing of it. The probe carries the recovery entities, so their mapping is validated against the migrations.
 */
@ExtendWith(ArquillianExtension.class)
class RecoveryIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Deployment(name = "probe")
    static WebArchive probe() {
        return ProbeArchive.withHttpHelpers("recovery-probe.war")
                .addPackage(Book.class.getPackage())
                .addPackage(RecoveryOrder.class.getPackage())
                .addClasses(Bookkeeper.class, LedgerProbe.class, cn.kaifeng.tfs.shared.domain.Money.class);
    }

    @EJB
    private Probe probe;

    @EJB
    private LedgerProbe ledger;

    @Test
    @OperateOnDeployment("probe")
    void anUnpaidOrderLeadsToARecordThatBarsEveryProgramUntilItIsLifted() {
        WebClient team = Applicants.newTeam(TestData.username("zhuihui"), "追回测试团队" + TestData.username("t"));
        String number = Applicants.submitted(team, "KF-RC-TEAM");
        long id = idOf(number);
        // decided and 500,000.00 paid: committed in a book of its own and paid, as the payments will do
        probe.inTransaction(em -> em.createNativeQuery("UPDATE application SET status = 'LETTER_ISSUED',"
                        + " outcome = 'PASSED', total = 90, award = 500000, decided_amount = 500000,"
                        + " decided_by = 'demo.reviewer' WHERE id = " + id)
                .executeUpdate());
        String program =
                "IT-RECOVERY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ledger.open(program, 2030, 100_000_000L);
        assertTrue(ledger.commit(program, 2030, id, 50_000_000L));
        ledger.pay(id, 50_000_000L);

        WebClient reviewer = Applicants.as("demo.reviewer");
        assertTrue(
                reviewer.get("/reviewer/application.xhtml?id=" + id).body().contains("open-recovery"),
                "the case links to opening an order");
        String open = "/reviewer/recovery-order.xhtml?application=" + id;
        String form = reviewer.get(open).body();
        assertTrue(form.contains("<dd id=\"recoverable\">500,000.00</dd>"), "what was paid may be recovered");

        // more than was paid is refused, with the figures
        // (the form was just fetched: its view is the one posted)
        HttpResponse<String> tooMuch = reviewer.submit(open, "open", "open-order", openFields("500000.01", 10));
        String refused = Applicants.errors(tooMuch.body());
        assertTrue(refused.contains("超过可追回金额 500000.00 元"), refused);

        // 300,000.00 due ten days ago
        HttpResponse<String> opened = reviewer.submit(open, "open", "open-order", openFields("300000", 10));
        assertEquals(302, opened.statusCode(), () -> Applicants.errors(opened.body()));
        long order = Long.parseLong(
                opened.headers().firstValue("Location").orElseThrow().replaceAll(".*id=(\\d+).*", "$1"));
        String orderPath = "/reviewer/recovery-order.xhtml?id=" + order;
        String page = reviewer.get(orderPath).body();
        assertTrue(page.contains("<dd id=\"order-state\">已逾期</dd>"), "due ten days ago: overdue");
        // 300,000.00 × 3 % × 10 / 365 = 246.575… → 246.58
        assertTrue(page.contains("<dd id=\"owed-interest\">246.58</dd>"), "ten days of interest at 3 %");
        // a second order may claim only what the first leaves
        assertTrue(reviewer.get(open).body().contains("<dd id=\"recoverable\">200,000.00</dd>"));

        // a part payment: interest first, the rest to the principal, which the ledger records as recovered
        reviewer.get(orderPath); // the form is posted in the view of the order's page
        HttpResponse<String> above = reviewer.submit(orderPath, "payment", "record-payment", payment("300246.59"));
        assertTrue(Applicants.errors(above.body()).contains("超过到账当日应缴总额 300246.58 元"), Applicants.errors(above.body()));
        HttpResponse<String> paid = reviewer.submit(orderPath, "payment", "record-payment", payment("100000"));
        assertEquals(302, paid.statusCode(), () -> Applicants.errors(paid.body()));
        assertEquals(
                "RECOVERED PAID 9975342 " + order,
                one("SELECT debit_account || ' ' || credit_account || ' ' || amount_fen || ' ' || source_id"
                        + " FROM ledger_posting WHERE source_kind = 'RECOVERY' AND award_id = " + id),
                "99,753.42 of principal recovered, with the order as source");
        page = reviewer.get(orderPath).body();
        assertTrue(page.contains("<dd id=\"owed-principal\">200,246.58</dd>"), "what is left of the principal");
        assertTrue(page.contains("<dd id=\"owed-interest\">0.00</dd>"), "the interest is paid");
        assertTrue(reviewer.get("/reviewer/recovery-orders.xhtml").body().contains("id=\"order-" + order + "\""));

        // the applicant sees its order on its application page; another organisation sees nothing
        String own = team.get("/applicant/application.xhtml?id=" + id).body();
        assertTrue(own.contains("id=\"recovery-" + order + "\"") && own.contains("200,246.58"), "its own order");
        WebClient other = Applicants.newTeam(TestData.username("pangren"), "旁观团队" + TestData.username("t"));
        assertEquals(404, other.get("/applicant/application.xhtml?id=" + id).statusCode());
        assertEquals(403, other.get(orderPath).statusCode(), "an applicant is no reviewer");
        assertEquals(403, other.get("/reviewer/credit-records.xhtml").statusCode());

        // overdue: a reviewer records the organisation as 失信, with a reason
        reviewer.get(orderPath);
        HttpResponse<String> recorded =
                reviewer.submit(orderPath, "credit", "record-credit", Map.of("credit-reason", "逾期未缴回追回款，经催告仍未缴纳"));
        assertEquals(302, recorded.statusCode(), () -> Applicants.errors(recorded.body()));
        String record = one("SELECT id FROM credit_record WHERE order_id = " + order);
        LocalDate today = LocalDate.now(CHINA);
        LocalDate until = today.plusMonths(36).minusDays(1);

        // every program's gate refuses the organisation, saying which record and until when
        for (String code : new String[] {"KF-RC-TEAM", "KF-RC-TALENT"}) {
            HttpResponse<String> barred = tryToStart(team, code);
            String why = Applicants.errors(barred.body());
            assertEquals(200, barred.statusCode(), code + " is refused, not started");
            assertTrue(why.contains("失信记录（第 " + record + " 号，" + today + " 至 " + until), code + ": " + why);
        }

        // listed for the bureau; only a reviewer lifts it, with a reason
        String list = reviewer.get("/reviewer/credit-records.xhtml").body();
        assertTrue(list.contains("id=\"record-" + record + "\""), "listed");
        HttpResponse<String> noReason = reviewer.submit(
                "/reviewer/credit-records.xhtml",
                "lift",
                "lift-record",
                Map.of("record_input", record, "lift-reason", " "));
        assertFalse(noReason.statusCode() == 302, "no lifting without a reason");
        HttpResponse<String> lifted = reviewer.submit(
                "/reviewer/credit-records.xhtml",
                "lift",
                "lift-record",
                Map.of("record_input", record, "lift-reason", "已与单位签订分期缴回协议"));
        assertEquals(302, lifted.statusCode(), () -> Applicants.errors(lifted.body()));
        assertTrue(reviewer.get("/reviewer/credit-records.xhtml").body().contains("已解除"));

        // and the organisation may apply again
        assertEquals(302, tryToStart(team, "KF-RC-TALENT").statusCode(), "allowed again after the lifting");

        String organisation = one("SELECT organisation_id FROM recovery_order WHERE id = " + order);
        List<?> actions = probe.inTransaction(em -> em.createNativeQuery("SELECT DISTINCT action FROM audit_record"
                        + " WHERE (subject = 'recovery:" + order + "' OR subject = 'organisation:" + organisation
                        + "') AND action IN ('RECOVERY_OPENED', 'RECOVERY_PAYMENT', 'CREDIT_RECORDED', 'CREDIT_LIFTED')"
                        + " ORDER BY action")
                .getResultList());
        assertEquals(
                List.of("CREDIT_LIFTED", "CREDIT_RECORDED", "RECOVERY_OPENED", "RECOVERY_PAYMENT"),
                actions.stream().map(String::valueOf).toList(),
                "every step audited");
    }

    /** Presses "apply" for a program on the programs page, as {@link Applicants#start} does, without expecting success. */
    private static HttpResponse<String> tryToStart(WebClient client, String programCode) {
        String page = client.get("/applicant/programs.xhtml").body();
        Matcher button = Pattern.compile("id=\"(programs:list:\\d+:apply)\"[^>]*aria-describedby=\"program-"
                        + Pattern.quote(programCode) + "\"")
                .matcher(page);
        if (!button.find()) {
            button = Pattern.compile("aria-describedby=\"program-" + Pattern.quote(programCode)
                            + "\"[^>]*id=\"(programs:list:\\d+:apply)\"")
                    .matcher(page);
            assertTrue(button.find(), "an apply button for " + programCode);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("programs", "programs");
        form.put(button.group(1), "");
        form.put("jakarta.faces.ViewState", Applicants.viewState(page));
        return client.post("/applicant/programs.xhtml", form);
    }

    private static Map<String, String> openFields(String yuan, int daysAgo) {
        String due = LocalDate.now(CHINA).minus(daysAgo, ChronoUnit.DAYS).toString();
        return Map.of(
                "amount_input", yuan,
                "amount_hinput", yuan,
                "reason_input", "BREACH",
                "reason-text", "未按任务书约定开展项目，经核查属实",
                "due_input", due);
    }

    private static Map<String, String> payment(String yuan) {
        return Map.of(
                "payment-amount_input", yuan,
                "payment-amount_hinput", yuan,
                "paid-on_input", LocalDate.now(CHINA).toString());
    }

    private long idOf(String number) {
        return Long.parseLong(one("SELECT id FROM application WHERE number = '" + number + "'"));
    }

    private String one(String sql) {
        return probe.inTransaction(
                em -> String.valueOf(em.createNativeQuery(sql).getSingleResult()));
    }
}
