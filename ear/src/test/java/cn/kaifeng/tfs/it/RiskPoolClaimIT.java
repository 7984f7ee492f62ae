package cn.kaifeng.tfs.it;

import static cn.kaifeng.tfs.it.Banks.DEMO_CLIENT;
import static cn.kaifeng.tfs.it.Banks.DEMO_SECRET;
import static cn.kaifeng.tfs.it.Banks.grant;
import static cn.kaifeng.tfs.it.Banks.issueClient;
import static cn.kaifeng.tfs.it.Banks.parse;
import static cn.kaifeng.tfs.it.Banks.program;
import static cn.kaifeng.tfs.it.Banks.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.it.Banks.Api;
import cn.kaifeng.tfs.it.persistence.BankProbe;
import cn.kaifeng.tfs.it.persistence.NoticeClock;
import cn.kaifeng.tfs.it.persistence.PoolProbe;
import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A claim (代偿) end to end over HTTP (issue 29): an enterprise the demo bank was told is ELIGIBLE gets a covered loan
 * of 500 万元; the bank draws it, is repaid 100 万元 and reports the default; it claims with its evidence and the pool
 * owes its 60 % of the 400 万元 outstanding, 240 万元, above the agreement's 100 万元 threshold: one reviewer approves,
 * the same reviewer cannot confirm, another does. Refused on the way: a claim before the default, evidence that is
 * not what its name says, a second claim, another bank's claim (404); the evidence is downloadable by reviewers and
 * the claiming bank only. The pool's stored book is funded with the agreement's 5 000 万元 and never below zero.
 */
@ExtendWith(ArquillianExtension.class)
class RiskPoolClaimIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String POOL = "RP-KF-CREDIT";

    @Deployment(name = "notice-probe", testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "notice-probe.war")
                .addClasses(
                        cn.kaifeng.tfs.it.persistence.Probe.class,
                        NoticeClock.class,
                        BankProbe.class,
                        PoolProbe.class,
                        Deployments.class)
                .addAsResource(
                        new java.io.File("target/test-classes/persistence-probe/persistence.xml"),
                        "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Test
    void aDefaultedCoveredLoanIsClaimedReviewedByFourEyesAndEveryBadClaimIsRefused() throws Exception {
        long[] bookBefore = PoolProbe.book(POOL);
        // by hand: the pool's agreement funds it with 5 000 万元 when it is loaded; nothing paid out in this run yet
        assertTrue(bookBefore[0] >= 0, "the pool's balance is never below zero");
        assertTrue(bookBefore[1] >= 1, "the funding is a posting of the book");
        assertEquals(5_000_000_000L, bookBefore[2], "funded with the agreement's 5 000 万元");

        BankApiIT.Approved e = BankApiIT.approvedEnterprise();
        Api bank = new Api(DEMO_CLIENT, DEMO_SECRET);
        LocalDate today = LocalDate.now(BEIJING);
        grant(e.applicant(), "示例银行开封分行（演示）", today.plusMonths(6));
        publish(Applicants.as("demo.reviewer"), "KF-XD-CREDIT");
        JsonObject answer = bank.json("GET", "/api/v1/eligibility/" + e.creditCode() + "?purpose=PRE_LOAN", null, 200);
        assertEquals("ELIGIBLE", program(answer, "KF-XD-CREDIT").getString("status"), answer.toString());

        String body = "{\"verificationCode\":\"" + e.code() + "\",\"creditCode\":\"" + e.creditCode()
                + "\",\"amount\":5000000,\"termMonths\":12,\"grantedOn\":\"" + today + "\"}";
        HttpResponse<String> reported =
                bank.send("POST", "/api/v1/loans", body, Map.of("Idempotency-Key", "claim-" + e.creditCode()));
        assertEquals(201, reported.statusCode(), reported.body());
        long loanId = parse(reported.body()).getJsonNumber("id").longValue();
        String loan = "/api/v1/pool/loans/" + loanId;
        assertTrue(bank.json("GET", loan, null, 200).getJsonObject("coverage").getBoolean("covered"));

        String events = loan + "/events";
        bank.json("POST", events, "{\"kind\":\"DRAWDOWN\",\"on\":\"" + today + "\",\"principal\":5000000}", 201);
        bank.json(
                "POST",
                events,
                "{\"kind\":\"REPAYMENT\",\"on\":\"" + today + "\",\"principal\":1000000,\"interest\":20000}",
                201);

        String claims = loan + "/claims";
        String pdf = Base64.getEncoder().encodeToString(SampleFiles.plainPdf());
        String claim = "{\"evidence\":[{\"fileName\":\"判决书.pdf\",\"content\":\"" + pdf + "\"}]}";
        assertEquals(
                "riskpool.claim.notDefaulted",
                bank.json("POST", claims, claim, 422).getString("code"),
                "an active loan cannot be claimed for");

        bank.json("POST", events, "{\"kind\":\"DEFAULT\",\"on\":\"" + today + "\"}", 201);

        String notPdf = Base64.getEncoder().encodeToString("这不是判决书".getBytes(StandardCharsets.UTF_8));
        JsonObject fake = bank.json(
                "POST", claims, "{\"evidence\":[{\"fileName\":\"判决书.pdf\",\"content\":\"" + notPdf + "\"}]}", 422);
        assertEquals("attachment.typeNotAllowed", fake.getString("code"), fake.toString());
        assertEquals(
                "riskpool.claim.evidence",
                bank.json("POST", claims, "{\"evidence\":[]}", 422).getString("code"));

        HttpResponse<String> submitted = bank.send("POST", claims, claim, Map.of("Idempotency-Key", "claim-" + loanId));
        assertEquals(201, submitted.statusCode(), submitted.body());
        JsonObject c = parse(submitted.body());
        // by hand: 500 万元 drawn, 100 万元 repaid: 400 万元 lost at default; the pool's 60 % is 240 万元
        assertEquals(0, c.getJsonNumber("amount").bigDecimalValue().compareTo(new BigDecimal("2400000")), c.toString());
        assertEquals("SUBMITTED", c.getString("state"));
        assertTrue(c.getBoolean("needsSecondApproval"), "240 万元 is above the 100 万元 threshold");
        long claimId = c.getJsonNumber("id").longValue();

        HttpResponse<String> replay = bank.send("POST", claims, claim, Map.of("Idempotency-Key", "claim-" + loanId));
        assertEquals(200, replay.statusCode(), replay.body());
        assertEquals(claimId, parse(replay.body()).getJsonNumber("id").longValue(), "the same claim, not a second");
        assertEquals(
                "riskpool.claim.twice", bank.json("POST", claims, claim, 422).getString("code"));

        String otherCode = TestData.creditCode();
        String[] other =
                issueClient(Applicants.as("demo.admin"), BankProbe.call("new-bank", otherCode), "测试代偿第二银行", "600");
        Api otherBank = new Api(other[0], other[1]);
        assertEquals(
                "bank.loan.notFound", otherBank.json("POST", claims, claim, 404).getString("code"));

        JsonObject seen = bank.json("GET", loan, null, 200).getJsonObject("claim");
        assertEquals("SUBMITTED", seen.getString("state"), seen.toString());
        assertEquals(1, seen.getInt("evidenceFiles"));

        // the reviewers' list and page
        WebClient first = Applicants.as("demo.reviewer");
        String list = first.get("/reviewer/claims.xhtml").body();
        assertTrue(list.contains("id=\"claim-" + claimId + "\""), "the claim is listed");
        String page = first.get("/reviewer/claim.xhtml?id=" + claimId).body();
        assertTrue(page.contains("2400000.00"), "the amount");
        assertTrue(page.contains(e.name()), "the enterprise");
        Matcher file = Pattern.compile("/pool-claim-files/(\\d+)").matcher(page);
        assertTrue(file.find(), "the evidence is linked");
        String download = "/pool-claim-files/" + file.group(1);
        HttpResponse<byte[]> got = first.download(download);
        assertEquals(200, got.statusCode());
        assertEquals(SampleFiles.plainPdf().length, got.body().length, "the evidence as the bank sent it");
        assertEquals(200, Applicants.as("demo.bank").download(download).statusCode(), "the claiming bank");
        assertEquals(404, e.applicant().download(download).statusCode(), "anyone else: not found");

        HttpResponse<String> approved =
                first.submit("/reviewer/claim.xhtml?id=" + claimId, "decide", "approve", Map.of("reason", "逾期材料齐全"));
        assertEquals(302, approved.statusCode(), () -> Applicants.errors(approved.body()));
        assertEquals(
                "AWAITING_SECOND_APPROVAL",
                bank.json("GET", loan, null, 200).getJsonObject("claim").getString("state"));

        first.get("/reviewer/claim.xhtml?id=" + claimId);
        HttpResponse<String> same =
                first.submit("/reviewer/claim.xhtml?id=" + claimId, "decide", "approve", Map.of("reason", ""));
        assertEquals(200, same.statusCode());
        assertTrue(same.body().contains("另一位审核人"), () -> Applicants.errors(same.body()));
        assertEquals(
                "AWAITING_SECOND_APPROVAL",
                bank.json("GET", loan, null, 200).getJsonObject("claim").getString("state"),
                "the first reviewer cannot confirm their own approval");

        WebClient second = Applicants.as("demo.reviewer2");
        second.get("/reviewer/claim.xhtml?id=" + claimId);
        HttpResponse<String> confirmed =
                second.submit("/reviewer/claim.xhtml?id=" + claimId, "decide", "approve", Map.of("reason", ""));
        assertEquals(302, confirmed.statusCode(), () -> Applicants.errors(confirmed.body()));
        JsonObject done = bank.json("GET", loan, null, 200).getJsonObject("claim");
        assertEquals("APPROVED", done.getString("state"), done.toString());

        assertEquals(bookBefore[0], PoolProbe.book(POOL)[0], "nothing leaves the pool before the payout");

        // the payout: a payment request to the bank, reviewed by the claim's approving reviewer; above the
        // threshold two finance officers approve it, the bank having given its payee account on its page
        String[] payment = PoolProbe.payment(claimId);
        long paymentId = Long.parseLong(payment[0]);
        assertEquals("REVIEWED", payment[2]);
        WebClient bankOfficer = Applicants.as("demo.bank");
        bankOfficer.get("/bank/payee-account.xhtml");
        HttpResponse<String> saved = bankOfficer.submit(
                "/bank/payee-account.xhtml",
                "payee",
                "save",
                Map.of("holder", "示例银行开封分行", "bank", "示例银行开封分行", "number", "6222021234567890003"));
        assertEquals(302, saved.statusCode(), () -> Applicants.errors(saved.body()));
        WebClient finance = Payments.financeOfficer(Payments.newReviewer());
        WebClient finance2 = Payments.financeOfficer(Payments.newReviewer());
        Payments.flash(finance, Payments.press(finance, paymentId, "approve"));
        Payments.flash(finance2, Payments.press(finance2, paymentId, "approve"));
        Payments.writeFile(finance);
        payment = PoolProbe.payment(claimId);
        assertEquals("IN_FILE", payment[2]);
        HttpResponse<byte[]> paymentFile = finance.download("/reviewer/payment-file?id=" + payment[1]);
        assertEquals(200, paymentFile.statusCode());
        String csv = new String(paymentFile.body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\n" + paymentId + ",示例银行开封分行,6222021234567890003,示例银行开封分行,2400000.00,"), csv);
        Payments.paidByTreasury(finance, Map.of(paymentId, "2400000.00"));
        assertEquals("PAID", PoolProbe.payment(claimId)[2]);
        assertEquals(
                "PAID", bank.json("GET", loan, null, 200).getJsonObject("claim").getString("state"));
        // by hand: the pool pays 240 万元 = 240 000 000 fen
        long paidOut = 240_000_000L;
        assertEquals(bookBefore[0] - paidOut, PoolProbe.book(POOL)[0], "pool balance = before − payout");

        // a recovery after the payout: 50 万元 recovered, the pool's 60 % = 30 万元 = 30 000 000 fen comes back
        bank.json("POST", events, "{\"kind\":\"RECOVERY\",\"on\":\"" + today + "\",\"principal\":500000}", 201);
        assertEquals(bookBefore[0] - paidOut + 30_000_000L, PoolProbe.book(POOL)[0], "the pool's share comes back");
        writtenOff(bank, events, today);
    }

    /**
     * The bank writes the defaulted loan off: it no longer counts as non-performing, so the demo bank's ratio is
     * back under the pool's threshold for the other tests' loans on the same server.
     */
    private static void writtenOff(Api bank, String events, LocalDate today) throws Exception {
        bank.json("POST", events, "{\"kind\":\"WRITE_OFF\",\"on\":\"" + today + "\"}", 201);
    }
}
