package cn.kaifeng.tfs.it;

import static cn.kaifeng.tfs.it.Banks.DEMO_CLIENT;
import static cn.kaifeng.tfs.it.Banks.DEMO_SECRET;
import static cn.kaifeng.tfs.it.Banks.grant;
import static cn.kaifeng.tfs.it.Banks.issueClient;
import static cn.kaifeng.tfs.it.Banks.parse;
import static cn.kaifeng.tfs.it.Banks.program;
import static cn.kaifeng.tfs.it.Banks.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Banks.Api;
import cn.kaifeng.tfs.it.persistence.BankProbe;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Loans through their life over HTTP (issue 29): an enterprise the demo bank was told is ELIGIBLE gets a loan the
 * shipped pool (RP-KF-CREDIT) covers; the bank reports its drawdown, plan and repayments, each idempotent, and is
 * refused with the reason for a repayment above what is outstanding, dates out of order, an unknown kind, a reused
 * key; a loan above the pool's cap per loan is recorded but refused coverage with its reason; another bank cannot see
 * or report on the loan. A bank whose bad loans pass the agreement's threshold has its next loan refused coverage with
 * the reason and its ratio.
 */
@ExtendWith(ArquillianExtension.class)
class RiskPoolApiIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Deployment(name = "notice-probe", testable = false)
    static WebArchive probe() {
        return PoolLoans.probe();
    }

    @Test
    void aCoveredLoanRunsThroughItsLifeAndEveryBadEventIsRefusedWithItsReason() throws Exception {
        // the answer the pool's proof is: ELIGIBLE, recorded in the bank's query log before the loan
        BankApiIT.Approved e = PoolLoans.eligible();
        Api bank = new Api(DEMO_CLIENT, DEMO_SECRET);
        LocalDate today = LocalDate.now(BEIJING);

        long loanId = reportLoan(bank, e, "1000000", "grant-" + e.creditCode());
        JsonObject loan = bank.json("GET", "/api/v1/pool/loans/" + loanId, null, 200);
        assertTrue(loan.getJsonObject("coverage").getBoolean("covered"), loan.toString());
        assertEquals("GRANTED", loan.getJsonObject("life").getString("state"));

        String events = "/api/v1/pool/loans/" + loanId + "/events";
        String drawdown = "{\"kind\":\"DRAWDOWN\",\"on\":\"" + today + "\",\"principal\":1000000}";
        HttpResponse<String> drawn = bank.send("POST", events, drawdown, Map.of("Idempotency-Key", "draw-" + loanId));
        assertEquals(201, drawn.statusCode(), drawn.body());
        assertEquals(
                0,
                parse(drawn.body())
                        .getJsonObject("loan")
                        .getJsonNumber("outstanding")
                        .bigDecimalValue()
                        .compareTo(new java.math.BigDecimal("1000000")));
        HttpResponse<String> replay = bank.send("POST", events, drawdown, Map.of("Idempotency-Key", "draw-" + loanId));
        assertEquals(200, replay.statusCode(), replay.body());
        assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(
                parse(drawn.body()).getJsonObject("event").getJsonNumber("id").longValue(),
                parse(replay.body()).getJsonObject("event").getJsonNumber("id").longValue(),
                "the same event, not a second");
        JsonObject reused = bank.json(
                "POST", events, drawdown.replace("1000000", "1"), 422, Map.of("Idempotency-Key", "draw-" + loanId));
        assertEquals("bank.idempotencyKey.reused", reused.getString("code"));

        String plan = "{\"kind\":\"REPAYMENT_PLAN\",\"on\":\"" + today + "\",\"plan\":[{\"dueOn\":\""
                + today.plusMonths(6) + "\",\"principal\":500000},{\"dueOn\":\"" + today.plusMonths(12)
                + "\",\"principal\":500000}]}";
        bank.json("POST", events, plan, 201);
        JsonObject badPlan = bank.json("POST", events, plan.replace("500000}]", "400000}]"), 422);
        assertEquals("riskpool.loan.scheduleSum", badPlan.getString("code"));
        assertTrue(badPlan.getString("detail").contains("900000.00"), badPlan.toString());

        String repayment = "{\"kind\":\"REPAYMENT\",\"on\":\"" + today + "\",\"principal\":%s,\"interest\":5000}";
        JsonObject above = bank.json("POST", events, repayment.formatted("1000000.01"), 422);
        assertEquals("riskpool.loan.aboveOutstanding", above.getString("code"));
        JsonObject repaid = bank.json("POST", events, repayment.formatted("300000"), 201);
        assertEquals(
                0,
                repaid.getJsonObject("loan")
                        .getJsonNumber("outstanding")
                        .bigDecimalValue()
                        .compareTo(new java.math.BigDecimal("700000")));

        JsonObject early = bank.json(
                "POST", events, "{\"kind\":\"DRAWDOWN\",\"on\":\"" + today.minusDays(1) + "\",\"principal\":1}", 422);
        assertTrue(
                early.getString("code").equals("riskpool.loan.beforeGrant")
                        || early.getString("code").equals("riskpool.loan.outOfOrder"),
                early.toString());
        JsonObject future = bank.json(
                "POST", events, "{\"kind\":\"PAST_DUE\",\"on\":\"" + today.plusDays(1) + "\",\"daysPastDue\":3}", 422);
        assertEquals("riskpool.loan.inFuture", future.getString("code"));
        JsonObject kind = bank.json("POST", events, "{\"kind\":\"PARTY\",\"on\":\"" + today + "\"}", 422);
        assertEquals("riskpool.event.kindUnknown", kind.getString("code"));
        assertFalse(kind.toString().contains("Exception"), kind.toString());
        JsonObject english = bank.json(
                "POST",
                events,
                "{\"kind\":\"WRITE_OFF\",\"on\":\"" + today + "\"}",
                422,
                Map.of("Accept-Language", "en"));
        assertEquals("riskpool.loan.writeOffBeforeDefault", english.getString("code"));
        assertTrue(english.getString("detail").contains("written off"), english.toString());

        loan = bank.json("GET", "/api/v1/pool/loans/" + loanId, null, 200);
        assertEquals(3, loan.getJsonArray("events").size(), loan.toString());
        assertEquals("ACTIVE", loan.getJsonObject("life").getString("state"));
        assertEquals(
                0,
                loan.getJsonObject("coverage")
                        .getJsonNumber("coveredBalance")
                        .bigDecimalValue()
                        .compareTo(new java.math.BigDecimal("700000")),
                "the pool counts what is left of the loan");

        // above the pool's cap per loan (1 000 万元): recorded, not covered, with the reason and the cap
        long big = reportLoan(bank, e, "10000000.01", "big-" + e.creditCode());
        JsonObject refused =
                bank.json("GET", "/api/v1/pool/loans/" + big, null, 200).getJsonObject("coverage");
        assertFalse(refused.getBoolean("covered"));
        assertEquals("LOAN_ABOVE_CAP", refused.getString("refusal"));
        assertEquals("10000000.00", refused.getJsonArray("arguments").getString(0));

        // the same events as a CSV file: a file with one bad line stores nothing and names the line
        String csv = "loanId,kind,on,principal,interest,daysPastDue,plan\n"
                + loanId + ",REPAYMENT," + today + ",100000,2000,,\n"
                + loanId + ",REPAYMENT," + today + ",900000,,,\n";
        HttpResponse<String> bad =
                bank.send("POST", "/api/v1/pool/loan-events", csv, Map.of("Content-Type", "text/csv"));
        assertEquals(422, bad.statusCode(), bad.body());
        assertEquals("riskpool.csv.refused", parse(bad.body()).getString("code"));
        assertTrue(parse(bad.body()).getString("detail").contains("第 3 行"), bad.body());
        assertEquals(
                3,
                bank.json("GET", "/api/v1/pool/loans/" + loanId, null, 200)
                        .getJsonArray("events")
                        .size(),
                "nothing stored from a file with a problem");
        HttpResponse<String> good = bank.send(
                "POST",
                "/api/v1/pool/loan-events",
                csv.replace("900000", "600000"),
                Map.of("Content-Type", "text/csv"));
        assertEquals(201, good.statusCode(), good.body());
        assertEquals(2, parse(good.body()).getInt("stored"));
        JsonObject after = bank.json("GET", "/api/v1/pool/loans/" + loanId, null, 200);
        assertEquals("REPAID", after.getJsonObject("life").getString("state"), after.toString());
        assertEquals(
                0,
                after.getJsonObject("coverage")
                        .getJsonNumber("coveredBalance")
                        .bigDecimalValue()
                        .signum(),
                "a repaid loan counts nothing against the pool");

        // another bank neither sees the loan nor reports on it
        String otherCode = TestData.creditCode();
        String otherBankId = BankProbe.call("new-bank", otherCode);
        String[] other = issueClient(Applicants.as("demo.admin"), otherBankId, "测试资金池第二银行", "600");
        Api otherBank = new Api(other[0], other[1]);
        assertEquals(
                404,
                otherBank
                        .send("GET", "/api/v1/pool/loans/" + loanId, null, Map.of())
                        .statusCode());
        assertEquals(
                "bank.loan.notFound",
                otherBank.json("POST", events, drawdown, 404).getString("code"));
        assertEquals(
                5,
                bank.json("GET", "/api/v1/pool/loans/" + loanId, null, 200)
                        .getJsonArray("events")
                        .size());
    }

    /**
     * The pool's second bank (示例农商银行, a party to RP-KF-CREDIT) in this test alone: two covered loans, 1 000 000 and
     * 100 000 元; the small one defaults on 100 000 元 drawn, so the bank's non-performing ratio is 100 000 of
     * 1 100 000 = 9.09 %, above the agreement's 3 %, and its next loan is refused coverage with that reason.
     */
    @Test
    void aBankWhoseBadLoansPassTheThresholdHasItsNextLoanRefusedCoverageWithTheReason() throws Exception {
        String bankCode = "91410200MA45DE005Y";
        String bankId = BankProbe.call("new-bank", bankCode);
        String[] client = issueClient(Applicants.as("demo.admin"), bankId, "示例农商银行信贷系统", "600");
        Api bank = new Api(client[0], client[1]);
        BankApiIT.Approved e = BankApiIT.approvedEnterprise();
        LocalDate today = LocalDate.now(BEIJING);
        grant(e.applicant(), "测试第二银行（" + bankCode.substring(10) + "）", today.plusMonths(6));
        publish(Applicants.as("demo.reviewer"), "KF-XD-CREDIT");
        JsonObject answer = bank.json("GET", "/api/v1/eligibility/" + e.creditCode() + "?purpose=PRE_LOAN", null, 200);
        assertEquals("ELIGIBLE", program(answer, "KF-XD-CREDIT").getString("status"), answer.toString());

        long large = reportLoan(bank, e, "1000000", "npl-large-" + e.creditCode());
        long small = reportLoan(bank, e, "100000", "npl-small-" + e.creditCode());
        for (long id : new long[] {large, small}) {
            assertTrue(
                    bank.json("GET", "/api/v1/pool/loans/" + id, null, 200)
                            .getJsonObject("coverage")
                            .getBoolean("covered"),
                    "loan " + id + " covered");
        }
        String events = "/api/v1/pool/loans/" + small + "/events";
        bank.json("POST", events, "{\"kind\":\"DRAWDOWN\",\"on\":\"" + today + "\",\"principal\":100000}", 201);
        JsonObject defaulted = bank.json("POST", events, "{\"kind\":\"DEFAULT\",\"on\":\"" + today + "\"}", 201);
        assertEquals("DEFAULTED", defaulted.getJsonObject("loan").getString("state"), defaulted.toString());

        long next = reportLoan(bank, e, "50000", "npl-next-" + e.creditCode());
        JsonObject refused =
                bank.json("GET", "/api/v1/pool/loans/" + next, null, 200).getJsonObject("coverage");
        assertFalse(refused.getBoolean("covered"), refused.toString());
        assertEquals("BANK_NPL_ABOVE_THRESHOLD", refused.getString("refusal"), refused.toString());
        assertTrue(refused.getJsonArray("arguments").toString().contains("9.09"), refused.toString());
        assertEquals(
                0, refused.getJsonNumber("coveredBalance").bigDecimalValue().signum());

        // written off, the bad loan no longer counts: the bank's ratio is 0 again for whatever test comes next
        bank.json("POST", events, "{\"kind\":\"WRITE_OFF\",\"on\":\"" + today + "\"}", 201);
        long after = reportLoan(bank, e, "50000", "npl-after-" + e.creditCode());
        assertTrue(
                bank.json("GET", "/api/v1/pool/loans/" + after, null, 200)
                        .getJsonObject("coverage")
                        .getBoolean("covered"),
                "covered again once the bad loan is written off");
    }

    @Test
    void theOpenApiDocumentDescribesTheLoanEventsWithExamples() throws Exception {
        HttpResponse<String> openapi = new Api(null, null).send("GET", "/openapi?format=JSON", null, Map.of());
        assertEquals(200, openapi.statusCode());
        JsonObject paths = parse(openapi.body()).getJsonObject("paths");
        assertTrue(
                paths.containsKey("/api/v1/pool/loans/{loanId}"), paths.keySet().toString());
        JsonObject post =
                paths.getJsonObject("/api/v1/pool/loans/{loanId}/events").getJsonObject("post");
        JsonObject examples = post.getJsonObject("requestBody")
                .getJsonObject("content")
                .getJsonObject("application/json")
                .getJsonObject("examples");
        assertTrue(examples.containsKey("repayment"), examples.toString());
        assertTrue(examples.containsKey("repayment plan"), examples.toString());
        assertTrue(post.getJsonObject("responses").containsKey("422"), post.toString());
        assertTrue(
                post.getJsonArray("parameters").toString().contains("Idempotency-Key"),
                post.getJsonArray("parameters").toString());
    }

    private static long reportLoan(Api bank, BankApiIT.Approved e, String amount, String key) throws Exception {
        String body = "{\"verificationCode\":\"" + e.code() + "\",\"creditCode\":\"" + e.creditCode() + "\",\"amount\":"
                + amount + ",\"termMonths\":12,\"grantedOn\":\"" + LocalDate.now(BEIJING) + "\"}";
        HttpResponse<String> reported = bank.send("POST", "/api/v1/loans", body, Map.of("Idempotency-Key", key));
        assertEquals(201, reported.statusCode(), reported.body());
        return parse(reported.body()).getJsonNumber("id").longValue();
    }
}
