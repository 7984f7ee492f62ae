package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enterprises prove who they are (issue 25): a registration is a claim that may prepare but not act, the bureau
 * checks its documents, a second claim on a code is a dispute for the bureau and never an answer to the registrant,
 * and nothing a bank asked before the check reaches the claimant.
 */
@ExtendWith(ArquillianExtension.class)
class VerificationIT {

    private static final String DEMO_ENTERPRISE_CODE = "91410200MA45DE001J";

    @Test
    void aClaimantPreparesButCannotActUntilTheBureauHasCheckedItsDocuments() throws Exception {
        String code = TestData.creditCode();
        String username = TestData.username("renzheng");
        String name = "开封认证测试科技有限公司（" + code.substring(12) + "）";
        WebClient claimant = Applicants.newClaimant(username, name, code);

        assertTrue(claimant.get("/applicant/home.xhtml").body().contains("id=\"verify-first\""), "told at home");
        // it can prepare an application, not submit it
        Applicants.Submission refused = Applicants.submit(claimant, "KF-XD-CREDIT", Applicants.strongCredit());
        assertEquals(200, refused.response().statusCode());
        assertTrue(
                refused.response().body().contains("本单位尚未通过认证"),
                Applicants.errors(refused.response().body()));
        assertFalse(claimant.get(refused.path()).body().matches("(?s).*KF-XD-\\d{4}-\\d{5}.*"), "not numbered");
        // nor authorise a bank, export its data or add colleagues
        String consents = claimant.get("/applicant/consents.xhtml").body();
        assertFalse(consents.contains("id=\"grant:bank\""), "no authorisation form");
        assertTrue(consents.contains("id=\"verify-first\""));
        assertEquals(403, claimant.download("/applicant/export").statusCode());
        String page = claimant.get(Verifications.PAGE).body();
        assertTrue(page.contains("id=\"colleagues-after-verification\""));
        assertFalse(page.contains("id=\"colleague:username\""));
        assertTrue(page.contains(code) && page.contains("张示例"), "the claimed code and legal representative");

        // documents are checked by content, and both are needed
        String exe = Verifications.upload(claimant, 0, "营业执照.pdf", SampleFiles.executable())
                .body();
        assertTrue(exe.contains("文件内容不是允许的类型"), exe);
        String script = Verifications.upload(claimant, 0, "营业执照.pdf", SampleFiles.pdfWithOpenActionScript())
                .body();
        assertTrue(script.contains("PDF 含有脚本"), script);
        assertTrue(Verifications.upload(claimant, 0, "营业执照.png", SampleFiles.png())
                .body()
                .contains("已上传"));
        HttpResponse<String> early = claimant.submit(Verifications.PAGE, "send", "submit", Map.of());
        assertTrue(early.body().contains("请先上传营业执照和授权委托书两份材料"), Applicants.errors(early.body()));
        Verifications.submitDocuments(claimant);
        assertTrue(claimant.get(Verifications.PAGE).body().contains("已提交，等待财政局核验"));
        // its documents: for the claimant and the bureau only
        Matcher document = Pattern.compile("/claim-files/(\\d+)")
                .matcher(claimant.get(Verifications.PAGE).body());
        assertTrue(document.find(), "the claimant sees its documents");
        String file = "/claim-files/" + document.group(1);
        assertEquals(200, claimant.download(file).statusCode());
        assertEquals(404, Applicants.as("demo.applicant").download(file).statusCode(), "another organisation");
        assertEquals(404, Applicants.as("demo.bank").download(file).statusCode(), "a bank");
        assertEquals(200, Applicants.as("demo.reviewer").download(file).statusCode(), "the bureau");

        // the bureau rejects with a reason, which the claimant reads; it corrects and submits again
        WebClient reviewer = Applicants.as("demo.reviewer");
        String noReason = Verifications.decide(reviewer, code, "reject", Map.of("reason", " "))
                .body();
        assertTrue(noReason.contains("驳回时请填写原因"), Applicants.errors(noReason));
        assertEquals(
                302,
                Verifications.decide(reviewer, code, "reject", Map.of("reason", "授权委托书未见法定代表人签字"))
                        .statusCode());
        assertTrue(claimant.get(Verifications.PAGE).body().contains("授权委托书未见法定代表人签字"));
        assertTrue(claimant.get("/applicant/notifications.xhtml").body().contains("单位认证未通过"));
        Verifications.verify(claimant, code);
        assertTrue(claimant.get("/applicant/notifications.xhtml").body().contains("本单位已通过认证"));
        assertFalse(claimant.get("/applicant/home.xhtml").body().contains("id=\"verify-first\""));

        // now it acts: submits, authorises a bank, exports, adds a colleague who signs in as the same organisation
        String number = Applicants.submitted(claimant, "KF-XD-CREDIT", Applicants.strongCredit());
        assertTrue(number.startsWith("KF-XD-"));
        Banks.grant(
                claimant,
                "示例银行开封分行（演示）",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(3));
        assertEquals(200, claimant.download("/applicant/export").statusCode());
        String colleague = TestData.username("tongshi");
        claimant.get(Verifications.PAGE);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "李同事");
        fields.put("username", colleague);
        fields.put("password", "Colleague#2026x");
        fields.put("passwordRepeat", "Colleague#2026x");
        HttpResponse<String> added = claimant.submit(Verifications.PAGE, "colleague", "add", fields);
        assertEquals(302, added.statusCode(), () -> Applicants.errors(added.body()));
        WebClient second = new WebClient(Deployments.baseUrl());
        assertEquals(302, second.login(colleague, "Colleague#2026x").statusCode());
        assertTrue(second.get("/applicant/home.xhtml").body().contains(name), "the colleague's organisation");
        assertTrue(second.get("/applicant/applications.xhtml").body().contains(number), "and its applications");
    }

    @Test
    void aSecondClaimOnACodeIsAcceptedAndGoesToTheBureauAsADispute() {
        // the registrant is told nothing about who else uses the code: the answer is that of any registration
        WebClient impostor = Applicants.newClaimant(TestData.username("maoming"), "冒名测试有限公司", DEMO_ENTERPRISE_CODE);
        String page = impostor.get(Verifications.PAGE).body();
        assertTrue(page.contains("待上传材料"), page);
        assertFalse(page.contains("开封示例元宇宙科技有限公司"), "not who holds the code");
        Verifications.submitDocuments(impostor);

        WebClient reviewer = Applicants.as("demo.reviewer");
        String queue = reviewer.get(Verifications.QUEUE).body();
        assertTrue(queue.contains("有争议"), queue);
        String claim = reviewer.get(
                        Verifications.QUEUE + "?id=" + Verifications.claimId(reviewer, DEMO_ENTERPRISE_CODE))
                .body();
        assertTrue(claim.contains("id=\"dispute\""));
        assertTrue(claim.contains("开封示例元宇宙科技有限公司（演示）") && claim.contains("已认证持有该代码"), claim);
        String held = Verifications.decide(reviewer, DEMO_ENTERPRISE_CODE, "approve", Map.of())
                .body();
        assertTrue(held.contains("该统一社会信用代码已由另一单位通过认证"), Applicants.errors(held));
        assertEquals(
                302,
                Verifications.decide(reviewer, DEMO_ENTERPRISE_CODE, "reject", Map.of("reason", "营业执照与登记信息不符"))
                        .statusCode());
        assertTrue(impostor.get(Verifications.PAGE).body().contains("营业执照与登记信息不符"));
    }

    @Test
    void twoClaimsOnAFreshCodeMeetInTheQueueAndOnlyOneCanHoldIt() {
        String code = TestData.creditCode();
        WebClient first = Applicants.newClaimant(TestData.username("diyi"), "先来测试有限公司", code);
        WebClient second = Applicants.newClaimant(TestData.username("dier"), "后到测试有限公司", code);
        Verifications.submitDocuments(first);
        Verifications.submitDocuments(second);
        WebClient reviewer = Applicants.as("demo.reviewer");
        String claim = reviewer.get(Verifications.QUEUE + "?id=" + Verifications.claimId(reviewer, code))
                .body();
        assertTrue(claim.contains("后到测试有限公司"), "the other claimant is named to the bureau");
        assertEquals(
                302, Verifications.decide(reviewer, code, "approve", Map.of()).statusCode());
        String held = Verifications.decide(reviewer, code, "approve", Map.of()).body();
        assertTrue(held.contains("该统一社会信用代码已由另一单位通过认证"), Applicants.errors(held));
        assertFalse(first.get(Verifications.PAGE).body().contains("id=\"colleagues-after-verification\""));
        assertTrue(second.get(Verifications.PAGE).body().contains("id=\"colleagues-after-verification\""));
    }

    @Test
    void bankQueriesMadeBeforeVerificationAreNeverShownToTheClaimant() throws Exception {
        String code = TestData.creditCode();
        WebClient claimant = Applicants.newClaimant(TestData.username("chaxun"), "查询测试有限公司", code);
        Banks.Api bank = new Banks.Api(Banks.DEMO_CLIENT, Banks.DEMO_SECRET);
        // while the code is only claimed, a bank learns what it learns of any code nobody holds
        assertFalse(bank.json("GET", "/api/v1/eligibility/" + code + "?purpose=PRE_LOAN", null, 200)
                .getBoolean("authorised"));
        Thread.sleep(5); // the next query is later, even to the millisecond
        Verifications.verify(claimant, code);
        Banks.grant(
                claimant,
                "示例银行开封分行（演示）",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(3));
        assertTrue(bank.json("GET", "/api/v1/eligibility/" + code + "?purpose=PRE_LOAN", null, 200)
                .getBoolean("authorised"));

        // the query log is written in batches: wait until the later query is there
        JsonArray queries = null;
        for (int i = 0; i < 50 && (queries == null || queries.isEmpty()); i++) {
            if (queries != null) {
                Thread.sleep(100);
            }
            String data = new String(
                    Applicants.unzip(claimant.download("/applicant/export").body())
                            .get("data.json"),
                    StandardCharsets.UTF_8);
            queries = Json.createReader(new StringReader(data)).readObject().getJsonArray("bankQueries");
        }
        assertEquals(1, queries.size(), "only the query made after verification: " + queries);
        Map<String, byte[]> export =
                Applicants.unzip(claimant.download("/applicant/export").body());
        String data = new String(export.get("data.json"), StandardCharsets.UTF_8);
        assertTrue(data.contains("\"legal_representative\": \"张示例\""), "the claim is the organisation's data");
        assertEquals(
                2,
                export.keySet().stream().filter(k -> k.startsWith("claim/")).count(),
                "and so are its documents: " + export.keySet());
    }
}
