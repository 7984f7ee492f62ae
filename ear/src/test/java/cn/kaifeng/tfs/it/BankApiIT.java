package cn.kaifeng.tfs.it;

import static cn.kaifeng.tfs.it.Banks.DEMO_CLIENT;
import static cn.kaifeng.tfs.it.Banks.DEMO_SECRET;
import static cn.kaifeng.tfs.it.Banks.grant;
import static cn.kaifeng.tfs.it.Banks.issueClient;
import static cn.kaifeng.tfs.it.Banks.parse;
import static cn.kaifeng.tfs.it.Banks.program;
import static cn.kaifeng.tfs.it.Banks.publish;
import static cn.kaifeng.tfs.it.Banks.revokeClient;
import static cn.kaifeng.tfs.it.Banks.revokeConsent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Banks.Api;
import cn.kaifeng.tfs.it.persistence.BankProbe;
import cn.kaifeng.tfs.it.persistence.NoticeClock;
import cn.kaifeng.tfs.letter.pdf.SignatureCheck;
import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bank face, black box over HTTP as a bank's system and its officers use it: an enterprise with an approved
 * credit letter, a bank that may and one that may not check it; answers without authorisation, with it, after it
 * runs out and after it is revoked; unknown and malformed codes; the published list; letter verification (genuine,
 * tampered, revoked, unknown); loan reports and their idempotency; revoked credentials; the rate limit; what one
 * bank can see of another's; the OpenAPI document; and the bureau's view.
 */
@ExtendWith(ArquillianExtension.class)
class BankApiIT {

    private static final Pattern LETTER_CODE = Pattern.compile("<code>([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})</code>");
    private static final Pattern LETTER_LINK = Pattern.compile("href=\"[^\"]*/letters/(\\d+)\"");

    @Deployment(name = "notice-probe", testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "notice-probe.war")
                .addClasses(
                        cn.kaifeng.tfs.it.persistence.Probe.class,
                        NoticeClock.class,
                        BankProbe.class,
                        Deployments.class)
                .addAsResource(
                        new java.io.File("target/test-classes/persistence-probe/persistence.xml"),
                        "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    /** An enterprise of its own with an approved credit application and its letter. */
    record Approved(
            WebClient applicant, String creditCode, String name, String reviewerPath, String code, String letterPath) {}

    static Approved approvedEnterprise() {
        String creditCode = TestData.creditCode();
        String name = "开封银企测试科技有限公司（" + creditCode.substring(12) + "）";
        WebClient applicant = Applicants.newEnterprise(TestData.username("yinqi"), name, creditCode);
        String number = Applicants.submitted(applicant, "KF-XD-CREDIT", Applicants.strongCredit());
        String path = Reviewers.pathOf(applicant, number);
        WebClient reviewer = Applicants.as("demo.reviewer");
        Reviewers.step(reviewer, path, "start-review", Map.of());
        Reviewers.step(reviewer, path, "pass", Map.of());
        Reviewers.step(
                reviewer, path, "propose", Map.of("review:amount_hinput", "800000", "review:amount-reason", "按授信测算核定"));
        NoticeClock.endNotice(number);
        String page = null;
        for (int i = 0; i < 40 && (page == null || !page.contains("id=\"review:approve\"")); i++) {
            sleep(500);
            page = reviewer.get(path).body();
        }
        Reviewers.step(reviewer, path, "approve", Map.of());
        Reviewers.step(reviewer, path, "issue-letter", Map.of());
        page = reviewer.get(path).body();
        Matcher code = LETTER_CODE.matcher(page);
        assertTrue(code.find(), "the letter's verification code is on the page");
        Matcher link = LETTER_LINK.matcher(page);
        assertTrue(link.find());
        return new Approved(applicant, creditCode, name, path, code.group(1), "/letters/" + link.group(1));
    }

    @Test
    void aBankLearnsOnlyWhatTheEnterpriseAuthorisedAndEveryQueryIsRecorded() throws Exception {
        Approved e = approvedEnterprise();
        Api bank = new Api(DEMO_CLIENT, DEMO_SECRET);

        // no authorisation: nothing but that, the same as for a code nobody registered
        JsonObject none = bank.json("GET", "/api/v1/eligibility/" + e.creditCode() + "?purpose=PRE_LOAN", null, 200);
        assertFalse(none.getBoolean("authorised"));
        assertEquals(
                "NO_AUTHORISATION",
                none.getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertEquals(
                "未查到该企业对贵行的有效授权", none.getJsonArray("reasons").getJsonObject(0).getString("text"));
        assertFalse(none.toString().contains(e.name()), "not even the name");
        assertTrue(none.getJsonArray("programs").isEmpty());
        JsonObject unknown =
                bank.json("GET", "/api/v1/eligibility/" + TestData.creditCode() + "?purpose=PRE_LOAN", null, 200);
        assertEquals(
                none.toString().replace(e.creditCode(), "X").replaceAll("\"answeredAt\":\"[^\"]+\"", ""),
                unknown.toString()
                        .replace(unknown.getString("creditCode"), "X")
                        .replaceAll("\"answeredAt\":\"[^\"]+\"", ""),
                "an unknown code and an unauthorised one look the same");

        // the enterprise authorises the demo bank in the applicant portal
        grant(
                e.applicant(),
                "示例银行开封分行（演示）",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(6));
        JsonObject pending = bank.json("GET", "/api/v1/eligibility/" + e.creditCode() + "?purpose=PRE_LOAN", null, 200);
        assertTrue(pending.getBoolean("authorised"));
        assertEquals(e.name(), pending.getString("organisation"));
        JsonObject credit = program(pending, "KF-XD-CREDIT");
        assertEquals("PENDING", credit.getString("status"), credit.toString());
        assertEquals(
                "NOT_YET_LISTED",
                credit.getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertEquals(e.code(), credit.getJsonObject("support").getString("verificationCode"));
        assertEquals(
                800000, credit.getJsonObject("support").getJsonNumber("amount").intValue());
        assertEquals("NOT_ELIGIBLE", program(pending, "KF-XD-IP-PLEDGE").getString("status"));
        assertEquals(
                "NO_APPLICATION",
                program(pending, "KF-XD-IP-PLEDGE")
                        .getJsonArray("reasons")
                        .getJsonObject(0)
                        .getString("code"));
        String body = pending.toString();
        for (String never : List.of("taxCreditLevel", "revenueLastYear", "测试联系人", "score", "total")) {
            assertFalse(body.contains(never), "no application contents, scores or people: " + never);
        }

        // the bureau publishes the program's list: now eligible, citing the list's version
        WebClient reviewer = Applicants.as("demo.reviewer");
        int version = publish(reviewer, "KF-XD-CREDIT");
        JsonObject eligible =
                bank.json("GET", "/api/v1/eligibility/" + e.creditCode() + "?purpose=POST_LOAN", null, 200);
        JsonObject listed = program(eligible, "KF-XD-CREDIT");
        assertEquals("ELIGIBLE", listed.getString("status"), listed.toString());
        assertEquals("LISTED", listed.getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertEquals(version, listed.getInt("eligibleListVersion"));
        JsonObject support = listed.getJsonObject("support");
        LocalDate from = LocalDate.parse(support.getString("validFrom"));
        assertEquals(from.plusMonths(12).minusDays(1), LocalDate.parse(support.getString("validUntil")));
        // in English on request
        JsonObject english = bank.json(
                "GET",
                "/api/v1/eligibility/" + e.creditCode() + "?purpose=POST_LOAN",
                null,
                200,
                Map.of("Accept-Language", "en"));
        assertEquals(
                "On the program's current eligible list, with a decision letter in force",
                program(english, "KF-XD-CREDIT")
                        .getJsonArray("reasons")
                        .getJsonObject(0)
                        .getString("text"));

        // the published list, as CSV and as a signed PDF, for banks that do not integrate
        HttpResponse<byte[]> csv = bank.bytes("/api/v1/eligible-lists/KF-XD-CREDIT/" + version + ".csv");
        assertEquals(200, csv.statusCode());
        String csvText = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(csvText.startsWith("\uFEFF序号,企业名称,统一社会信用代码"), csvText);
        assertTrue(csvText.contains(e.creditCode() + ",800000.00,"), csvText);
        assertTrue(csvText.contains(e.code()));
        HttpResponse<byte[]> pdf = bank.bytes("/api/v1/eligible-lists/KF-XD-CREDIT/" + version + ".pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(SignatureCheck.of(pdf.body()).intact(), "the list is signed with the bureau's key");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains(e.creditCode()), text);
            assertTrue(text.contains("支持名单（第" + version + "版）"), text);
        }
        assertArrayEquals(
                pdf.body(),
                bank.bytes("/api/v1/eligible-lists/KF-XD-CREDIT/" + version + ".pdf")
                        .body());

        // a batch: an answer per code, a malformed one says why, over a hundred is refused; the codes of a batch
        // are read together, so two authorised enterprises (this one and the demo enterprise, which authorised the
        // demo bank) must each get only their own facts
        JsonArray batch = bank.array(
                "POST",
                "/api/v1/eligibility/batch",
                "{\"purpose\":\"PRE_LOAN\",\"creditCodes\":[\"" + e.creditCode() + "\",\"91410200MA45DE00\",\""
                        + TestData.creditCode() + "\",\"91410200MA45DE001J\"]}",
                200);
        assertEquals(4, batch.size());
        JsonObject mine = batch.getJsonObject(0).getJsonObject("answer");
        assertEquals("ELIGIBLE", program(mine, "KF-XD-CREDIT").getString("status"));
        assertEquals(e.name(), mine.getString("organisation"));
        assertEquals(
                "creditCode.length",
                batch.getJsonObject(1).getJsonObject("problem").getString("code"));
        assertFalse(batch.getJsonObject(2).getJsonObject("answer").getBoolean("authorised"));
        JsonObject demo = batch.getJsonObject(3).getJsonObject("answer");
        assertTrue(demo.getBoolean("authorised"));
        assertEquals("开封示例元宇宙科技有限公司（演示）", demo.getString("organisation"));
        assertFalse(demo.toString().contains(e.code()), "another enterprise's letter in the demo's answer");
        assertFalse(mine.toString().contains("演示"), "the demo enterprise's facts in another's answer");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("\"" + e.creditCode() + "\"");
        }
        JsonObject tooMany = bank.json(
                "POST",
                "/api/v1/eligibility/batch",
                "{\"purpose\":\"PRE_LOAN\",\"creditCodes\":[" + String.join(",", many) + "]}",
                400);
        assertEquals("bank.batch.tooMany", tooMany.getString("code"));

        // letters: genuine, tampered, unknown, and (at the end) revoked; each check recorded as the bank's
        JsonObject genuine = bank.json("GET", "/api/v1/letters/verification?code=" + e.code(), null, 200);
        assertEquals("GENUINE", genuine.getString("status"));
        byte[] letter = e.applicant().download(e.letterPath()).body();
        byte[] tampered = letter.clone();
        tampered[letter.length / 3] ^= 0x01;
        assertEquals(
                "ALTERED", bank.pdf("/api/v1/letters/verification", tampered).getString("status"));
        assertEquals("GENUINE", bank.pdf("/api/v1/letters/verification", letter).getString("status"));
        assertEquals(
                "UNKNOWN",
                bank.json("GET", "/api/v1/letters/verification?code=2222-3333-4444", null, 200)
                        .getString("status"));

        // loan reports: recorded once whatever the retries; a reused key with other content is refused
        String loan = "{\"verificationCode\":\"" + e.code() + "\",\"creditCode\":\"" + e.creditCode()
                + "\",\"amount\":500000,\"termMonths\":12,\"grantedOn\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai"))
                + "\"}";
        String key = "loan-" + e.creditCode();
        HttpResponse<String> first = bank.send("POST", "/api/v1/loans", loan, Map.of("Idempotency-Key", key));
        assertEquals(201, first.statusCode(), first.body());
        assertTrue(first.headers().firstValue("Location").orElse("").contains("/api/v1/loans/"));
        long loanId = parse(first.body()).getJsonNumber("id").longValue();
        HttpResponse<String> again = bank.send("POST", "/api/v1/loans", loan, Map.of("Idempotency-Key", key));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(loanId, parse(again.body()).getJsonNumber("id").longValue(), "the same report, not a second");
        HttpResponse<String> changed =
                bank.send("POST", "/api/v1/loans", loan.replace("500000", "600000"), Map.of("Idempotency-Key", key));
        assertEquals(422, changed.statusCode(), changed.body());
        assertEquals(
                "application/problem+json",
                changed.headers().firstValue("Content-Type").orElse(""));
        assertEquals("bank.idempotencyKey.reused", parse(changed.body()).getString("code"));
        JsonObject outside = bank.json(
                "POST",
                "/api/v1/loans",
                loan.replace(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "2020-01-01"),
                422);
        assertEquals("bank.loan.outsideValidity", outside.getString("code"));
        JsonObject badJson = bank.json("POST", "/api/v1/loans", "{\"amount\": \"lots\"", 400);
        assertEquals("api.malformedJson", badJson.getString("code"));
        assertFalse(badJson.toString().contains("Exception"), "no stack trace: " + badJson);
        JsonArray loans = bank.array("GET", "/api/v1/loans", null, 200);
        assertTrue(loans.toString().contains("\"id\":" + loanId), loans.toString());

        // the bank's own history: every question, with purpose and result
        JsonArray history = bank.array("GET", "/api/v1/queries?limit=500", null, 200);
        String historyText = history.toString();
        assertTrue(historyText.contains(e.creditCode()), historyText);
        assertTrue(historyText.contains("\"purpose\":\"POST_LOAN\""));
        assertTrue(historyText.contains("\"result\":\"ELIGIBLE\""));
        assertTrue(historyText.contains("\"result\":\"NO_AUTHORISATION\""));
        assertTrue(historyText.contains("\"subject\":\"LETTER\""));
        assertTrue(historyText.contains("\"askedBy\":\"" + DEMO_CLIENT + "\""));

        // a second bank, with credentials an administrator issues: no authorisation, sees none of the first's
        String otherCode = TestData.creditCode();
        String otherBankId = BankProbe.call("new-bank", otherCode);
        WebClient admin = Applicants.as("demo.admin");
        String[] other = issueClient(admin, otherBankId, "测试第二银行信贷系统", "600");
        Api otherBank = new Api(other[0], other[1]);
        assertFalse(otherBank
                .json("GET", "/api/v1/eligibility/" + e.creditCode() + "?purpose=PRE_LOAN", null, 200)
                .getBoolean("authorised"));
        assertEquals(
                404,
                otherBank.send("GET", "/api/v1/loans/" + loanId, null, Map.of()).statusCode());
        assertFalse(
                otherBank.array("GET", "/api/v1/loans", null, 200).toString().contains("\"id\":" + loanId));
        String otherHistory =
                otherBank.array("GET", "/api/v1/queries", null, 200).toString();
        assertFalse(otherHistory.contains(DEMO_CLIENT), "another bank's queries are not shown");
        JsonObject refused = otherBank.json("POST", "/api/v1/loans", loan, 422);
        assertEquals("bank.loan.noAuthorisation", refused.getString("code"));
        // revoked credentials stop working at once
        revokeClient(admin, other[0]);
        assertEquals(401, otherBank.send("GET", "/api/v1/ping", null, Map.of()).statusCode());

        // the authorisation runs out, is renewed, then revoked: each time the answer follows at once
        BankProbe.call("expire-consents", e.creditCode());
        assertFalse(
                bank.json("GET", "/api/v1/eligibility/" + e.creditCode() + "?purpose=PRE_LOAN", null, 200)
                        .getBoolean("authorised"),
                "expired");
        grant(
                e.applicant(),
                "示例银行开封分行（演示）",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(1));
        assertTrue(
                bank.json("GET", "/api/v1/eligibility/" + e.creditCode() + "?purpose=PRE_LOAN", null, 200)
                        .getBoolean("authorised"),
                "renewed");
        revokeConsent(e.applicant());
        assertFalse(
                bank.json("GET", "/api/v1/eligibility/" + e.creditCode() + "?purpose=PRE_LOAN", null, 200)
                        .getBoolean("authorised"),
                "revoked");

        // the letter is revoked: verification says so, and (authorised again) the program is no longer eligible
        Reviewers.step(reviewer, e.reviewerPath(), "letter:0:revoke", Map.of("revoke-reason", "发现申报材料不实。"));
        assertEquals(
                "REVOKED",
                bank.json("GET", "/api/v1/letters/verification?code=" + e.code(), null, 200)
                        .getString("status"));
        grant(
                e.applicant(),
                "示例银行开封分行（演示）",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(1));
        JsonObject afterRevocation = program(
                bank.json("GET", "/api/v1/eligibility/" + e.creditCode() + "?purpose=POST_LOAN", null, 200),
                "KF-XD-CREDIT");
        assertEquals("NOT_ELIGIBLE", afterRevocation.getString("status"));
        assertEquals(
                "LETTER_REVOKED",
                afterRevocation.getJsonArray("reasons").getJsonObject(0).getString("code"));

        // the bureau sees who asked what
        String overview = reviewer.get("/reviewer/banks.xhtml").body();
        assertTrue(overview.contains("示例银行开封分行（演示）"), "queries per bank");
        assertTrue(overview.contains("测试第二银行"), "every bank that asked");
        assertTrue(overview.contains("id=\"program-KF-XD-CREDIT\""));
    }

    @Test
    void malformedInputUnauthorisedCallersAndTheRateLimitGetClearProblems() throws Exception {
        Api bank = new Api(DEMO_CLIENT, DEMO_SECRET);
        HttpResponse<String> malformed =
                bank.send("GET", "/api/v1/eligibility/91410200MA45DE001X?purpose=PRE_LOAN", null, Map.of());
        assertEquals(400, malformed.statusCode());
        assertEquals(
                "application/problem+json",
                malformed.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = parse(malformed.body());
        assertEquals(400, problem.getInt("status"));
        assertEquals("creditCode.checksum", problem.getString("code"));
        assertEquals("统一社会信用代码的校验位不正确，请核对后重新输入。", problem.getString("detail"));
        assertEquals("请求有误", problem.getString("title"));
        assertTrue(problem.getString("type").startsWith("urn:"));
        JsonObject english = parse(bank.send(
                        "GET",
                        "/api/v1/eligibility/91410200MA45DE001X?purpose=PRE_LOAN",
                        null,
                        Map.of("Accept-Language", "en-GB,en;q=0.9"))
                .body());
        assertEquals("Bad request", english.getString("title"));
        assertEquals(
                "bank.purpose.required",
                bank.json("GET", "/api/v1/eligibility/91410200MA45DE001J", null, 400)
                        .getString("code"));
        assertEquals(
                "bank.purpose.unknown",
                bank.json("GET", "/api/v1/eligibility/91410200MA45DE001J?purpose=CURIOSITY", null, 400)
                        .getString("code"));
        assertEquals(
                404, bank.send("GET", "/api/v1/nothing-here", null, Map.of()).statusCode());
        HttpResponse<String> wrongMethod = bank.send("DELETE", "/api/v1/loans", null, Map.of());
        assertEquals(405, wrongMethod.statusCode());
        assertFalse(wrongMethod.body().contains("Exception"), wrongMethod.body());

        // API clients get no HTTP session: thousands of calls must not fill the cluster's memory
        HttpResponse<String> ping = bank.send("GET", "/api/v1/ping", null, Map.of());
        assertEquals(204, ping.statusCode());
        assertTrue(
                ping.headers().allValues("Set-Cookie").isEmpty(),
                "no session: " + ping.headers().map());

        // anonymous, a wrong secret, and someone who is not a bank
        assertEquals(
                401,
                new Api(null, null)
                        .send("GET", "/api/v1/eligibility/91410200MA45DE001J?purpose=PRE_LOAN", null, Map.of())
                        .statusCode());
        assertEquals(
                401,
                new Api(DEMO_CLIENT, "wrong")
                        .send("GET", "/api/v1/ping", null, Map.of())
                        .statusCode());
        HttpResponse<String> applicant = new Api("demo.applicant", Deployments.DEMO_PASSWORD)
                .send("GET", "/api/v1/eligibility/91410200MA45DE001J?purpose=PRE_LOAN", null, Map.of());
        assertEquals(403, applicant.statusCode(), applicant.body());
        assertEquals(
                "application/problem+json",
                applicant.headers().firstValue("Content-Type").orElse(""));

        // a client with a limit of 3 a minute: within ten quick calls (a minute may turn once) it is told to wait
        WebClient admin = Applicants.as("demo.admin");
        String bankId = BankProbe.call("new-bank", TestData.creditCode());
        String[] limited = issueClient(admin, bankId, "限流测试", "3");
        Api slow = new Api(limited[0], limited[1]);
        HttpResponse<String> tooMany = null;
        for (int i = 0; i < 10 && tooMany == null; i++) {
            HttpResponse<String> r =
                    slow.send("GET", "/api/v1/eligibility/91410200MA45DE001J?purpose=PRE_LOAN", null, Map.of());
            if (r.statusCode() == 429) {
                tooMany = r;
            } else {
                assertEquals(200, r.statusCode(), r.body());
            }
        }
        assertNotNull(tooMany, "the fourth call within a minute is refused");
        long retryAfter =
                Long.parseLong(tooMany.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("bank.rateLimited", parse(tooMany.body()).getString("code"));
        assertTrue(slow.array("GET", "/api/v1/queries", null, 200).toString().contains("RATE_LIMITED"), "recorded too");

        // the OpenAPI document is served and describes the bank API
        HttpResponse<String> openapi = new Api(null, null).send("GET", "/openapi?format=JSON", null, Map.of());
        assertEquals(200, openapi.statusCode());
        JsonObject doc = parse(openapi.body());
        assertTrue(doc.getString("openapi").startsWith("3."), doc.getString("openapi"));
        JsonObject paths = doc.getJsonObject("paths");
        for (String path : List.of(
                "/api/v1/eligibility/{creditCode}",
                "/api/v1/eligibility/batch",
                "/api/v1/loans",
                "/api/v1/letters/verification",
                "/api/v1/queries",
                "/api/v1/eligible-lists")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        assertTrue(paths.getJsonObject("/api/v1/loans").getJsonObject("post").containsKey("responses"));
    }

    private static void assertArrayEquals(byte[] expected, byte[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, "byte-identical on every download");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A bank system's HTTP client: Basic credentials on every call, no cookies. */
}
