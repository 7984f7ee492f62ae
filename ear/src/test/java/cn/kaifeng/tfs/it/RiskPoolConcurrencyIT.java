package cn.kaifeng.tfs.it;

import static cn.kaifeng.tfs.it.Banks.DEMO_CLIENT;
import static cn.kaifeng.tfs.it.Banks.DEMO_SECRET;
import static cn.kaifeng.tfs.it.Banks.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Banks.Api;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pool's rules under requests that arrive at the same moment (issue 29, item 5), over HTTP against the real
 * database (H2 here, PostgreSQL in CI's second phase), as they would from a bank's system with many workers or from
 * two cluster nodes: loans reported together never take the bank past its cap in the pool, and repayments reported
 * together on one loan never repay more than is outstanding. Each request is valid alone; only together do they ask
 * too much, so a lost update would show as one accepted too many.
 *
 * <p>The loans are the demo bank's; at the end every loan this test got covered is repaid, so the bank's room in the
 * pool is what it was for the tests that follow.
 */
@ExtendWith(ArquillianExtension.class)
class RiskPoolConcurrencyIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** The shipped pool's cap per bank (1.5 亿元) and a loan under its cap per loan (1 000 万元). */
    private static final BigDecimal BANK_CAP = new BigDecimal("150000000");

    private static final BigDecimal LOAN = new BigDecimal("9000000");
    private static final int LOANS = 20;
    private static final int REPAYMENTS = 10;

    @Deployment(name = "notice-probe", testable = false)
    static WebArchive probe() {
        return PoolLoans.probe();
    }

    @Test
    void loansReportedTogetherNeverTakeTheBankPastItsCapAndRepaymentsTogetherNeverPassWhatIsOutstanding()
            throws Exception {
        // the answer the pool's proof is: ELIGIBLE, recorded in the bank's query log before the loan
        BankApiIT.Approved e = PoolLoans.eligible();
        Api bank = new Api(DEMO_CLIENT, DEMO_SECRET);
        LocalDate today = LocalDate.now(BEIJING);

        // 20 loans of 900 万元 at once: 1.8 亿元 asked, the bank's cap is 1.5 亿元, so some must be refused
        List<Long> loans = new ArrayList<>();
        for (HttpResponse<String> r : together(
                LOANS,
                i -> bank.send(
                        "POST",
                        "/api/v1/loans",
                        "{\"verificationCode\":\"" + e.code() + "\",\"creditCode\":\"" + e.creditCode()
                                + "\",\"amount\":" + LOAN.toPlainString() + ",\"termMonths\":12,\"grantedOn\":\""
                                + today + "\"}",
                        Map.of("Idempotency-Key", "together-" + i + "-" + e.creditCode())))) {
            assertEquals(201, r.statusCode(), r.body());
            loans.add(parse(r.body()).getJsonNumber("id").longValue());
        }
        List<Long> covered = new ArrayList<>();
        for (long id : loans) {
            JsonObject coverage =
                    bank.json("GET", "/api/v1/pool/loans/" + id, null, 200).getJsonObject("coverage");
            if (coverage.getBoolean("covered")) {
                covered.add(id);
            } else {
                assertEquals("BANK_CAP", coverage.getString("refusal"), coverage.toString());
            }
        }
        int room = BANK_CAP.divideToIntegralValue(LOAN).intValueExact();
        assertTrue(
                covered.size() <= room,
                covered.size() + " loans of 9,000,000 covered at once: more than the bank's cap of " + BANK_CAP
                        + " allows (" + room + ")");
        assertTrue(covered.size() < LOANS, "the cap refused none of the loans reported together");
        assertTrue(!covered.isEmpty(), "none of the loans reported together was covered");

        // ten repayments of 150 000 元 at once on a loan with 1 000 000 元 outstanding: exactly six fit
        long loanId = covered.get(0);
        String events = "/api/v1/pool/loans/" + loanId + "/events";
        post(bank, events, "{\"kind\":\"DRAWDOWN\",\"on\":\"" + today + "\",\"principal\":1000000}", 201);
        List<HttpResponse<String>> repaid = together(
                REPAYMENTS,
                i -> bank.send(
                        "POST",
                        events,
                        "{\"kind\":\"REPAYMENT\",\"on\":\"" + today + "\",\"principal\":150000,\"interest\":100}",
                        Map.of("Idempotency-Key", "repay-" + i + "-" + loanId)));
        int accepted = 0;
        for (HttpResponse<String> r : repaid) {
            if (r.statusCode() == 201) {
                accepted++;
            } else {
                assertEquals(422, r.statusCode(), r.body());
                assertEquals("riskpool.loan.aboveOutstanding", parse(r.body()).getString("code"), r.body());
            }
        }
        assertEquals(6, accepted, "repayments accepted together on 1,000,000 outstanding, 150,000 each");
        JsonObject loan = bank.json("GET", "/api/v1/pool/loans/" + loanId, null, 200);
        assertEquals(
                0,
                new BigDecimal("100000")
                        .compareTo(loan.getJsonObject("life")
                                .getJsonNumber("outstanding")
                                .bigDecimalValue()),
                loan.toString());
        assertEquals(1 + 6, loan.getJsonArray("events").size(), loan.toString());
        // the rest of the loan drawn and everything repaid
        post(bank, events, "{\"kind\":\"REPAYMENT\",\"on\":\"" + today + "\",\"principal\":100000}", 201);
        post(bank, events, "{\"kind\":\"DRAWDOWN\",\"on\":\"" + today + "\",\"principal\":8000000}", 201);
        post(bank, events, "{\"kind\":\"REPAYMENT\",\"on\":\"" + today + "\",\"principal\":8000000}", 201);

        // the bank's room back for the tests that follow: the other covered loans drawn and repaid in full
        for (long id : covered.subList(1, covered.size())) {
            String path = "/api/v1/pool/loans/" + id + "/events";
            String amount = LOAN.toPlainString();
            post(bank, path, "{\"kind\":\"DRAWDOWN\",\"on\":\"" + today + "\",\"principal\":" + amount + "}", 201);
            post(bank, path, "{\"kind\":\"REPAYMENT\",\"on\":\"" + today + "\",\"principal\":" + amount + "}", 201);
        }
        for (long id : covered) {
            JsonObject after = bank.json("GET", "/api/v1/pool/loans/" + id, null, 200);
            assertEquals("REPAID", after.getJsonObject("life").getString("state"), after.toString());
        }
    }

    private static void post(Api bank, String path, String body, int status) throws Exception {
        HttpResponse<String> r = bank.send("POST", path, body, Map.of());
        assertEquals(status, r.statusCode(), r.body());
    }

    /** Sends {@code n} requests released at the same moment from as many threads, and returns their answers. */
    private static List<HttpResponse<String>> together(int n, Request request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<HttpResponse<String>> call = () -> {
                    ready.countDown();
                    go.await();
                    return request.send(index);
                };
                futures.add(threads.submit(call));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send(int index) throws Exception;
    }
}
