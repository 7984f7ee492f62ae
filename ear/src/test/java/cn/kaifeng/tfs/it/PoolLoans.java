package cn.kaifeng.tfs.it;

import static cn.kaifeng.tfs.it.Banks.DEMO_CLIENT;
import static cn.kaifeng.tfs.it.Banks.DEMO_SECRET;
import static cn.kaifeng.tfs.it.Banks.grant;
import static cn.kaifeng.tfs.it.Banks.parse;
import static cn.kaifeng.tfs.it.Banks.program;
import static cn.kaifeng.tfs.it.Banks.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaifeng.tfs.it.Banks.Api;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * A loan the shipped pool covers, made over HTTP as in RiskPoolApiIT: an approved enterprise authorises the demo
 * bank, the bank is told it is ELIGIBLE (the pool's proof), reports the loan and its drawdown. The tests that use it
 * deploy BankApiIT's probe (the notice clock).
 */
public final class PoolLoans {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** The enterprise and its covered loan, drawn in full. */
    public record Covered(BankApiIT.Approved enterprise, long loanId, LocalDate on) {}

    private PoolLoans() {}

    /** The probe the approved enterprise needs (the notice clock), for tests of other packages. */
    public static org.jboss.shrinkwrap.api.spec.WebArchive probe() {
        return BankApiIT.probe();
    }

    /**
     * An approved enterprise that has authorised the demo bank, on a published list, and that the bank was told is
     * ELIGIBLE: the answer in the bank's query log that the pool takes as its proof for a loan granted today.
     */
    public static BankApiIT.Approved eligible() {
        BankApiIT.Approved e = BankApiIT.approvedEnterprise();
        Api bank = new Api(DEMO_CLIENT, DEMO_SECRET);
        grant(e.applicant(), "示例银行开封分行（演示）", LocalDate.now(BEIJING).plusMonths(6));
        publish(Applicants.as("demo.reviewer"), "KF-XD-CREDIT");
        JsonObject answer = bank.json("GET", "/api/v1/eligibility/" + e.creditCode() + "?purpose=PRE_LOAN", null, 200);
        assertEquals("ELIGIBLE", program(answer, "KF-XD-CREDIT").getString("status"), answer.toString());
        return e;
    }

    public static Covered coveredAndDrawn(String yuan) throws Exception {
        BankApiIT.Approved e = eligible();
        Api bank = new Api(DEMO_CLIENT, DEMO_SECRET);
        LocalDate today = LocalDate.now(BEIJING);
        String body = "{\"verificationCode\":\"" + e.code() + "\",\"creditCode\":\"" + e.creditCode() + "\",\"amount\":"
                + yuan + ",\"termMonths\":12,\"grantedOn\":\"" + today + "\"}";
        HttpResponse<String> reported =
                bank.send("POST", "/api/v1/loans", body, Map.of("Idempotency-Key", "pool-" + e.creditCode()));
        assertEquals(201, reported.statusCode(), reported.body());
        long loanId = parse(reported.body()).getJsonNumber("id").longValue();
        HttpResponse<String> drawn = bank.send(
                "POST",
                "/api/v1/pool/loans/" + loanId + "/events",
                "{\"kind\":\"DRAWDOWN\",\"on\":\"" + today + "\",\"principal\":" + yuan + "}",
                Map.of("Idempotency-Key", "pool-draw-" + loanId));
        assertEquals(201, drawn.statusCode(), drawn.body());
        return new Covered(e, loanId, today);
    }
}
