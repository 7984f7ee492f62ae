package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.letter.pdf.SignatureCheck;
import cn.kaifeng.tfs.testkit.WebClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agreement (任务书) of an award on the real server: drafted when the approval letter is issued, the applicant
 * proposes targets, the reviewer returns them with a reason, the applicant proposes again, the reviewer accepts them
 * and the agreement is printed, signed and verifiable like a letter; the applicant accepts it and the tranche due on
 * signing falls due. Another organisation neither sees nor touches it.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementIT {

    private static final Pattern AGREEMENT_LINK = Pattern.compile("href=\"[^\"]*/agreements/(\\d+)\"");
    private static final Pattern CODE = Pattern.compile(
            "id=\"agreement-file\">.*?<code>([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})</code>", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("汴财扶租协〔\\d{4}〕\\d{4,}号");

    /** The test-only servlet that ends a public notice now, as BankApiIT deploys it. */
    @Deployment(name = "notice-probe", testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "notice-probe.war")
                .addClasses(
                        cn.kaifeng.tfs.it.persistence.Probe.class,
                        cn.kaifeng.tfs.it.persistence.NoticeClock.class,
                        cn.kaifeng.tfs.it.persistence.BankProbe.class,
                        Deployments.class)
                .addAsResource(
                        new java.io.File("target/test-classes/persistence-probe/persistence.xml"),
                        "META-INF/persistence.xml")
                .addAsWebInfResource(org.jboss.shrinkwrap.api.asset.EmptyAsset.INSTANCE, "beans.xml");
    }

    @Test
    void draftedProposedReturnedAcceptedSignedVerifiedAndAccepted() throws Exception {
        // an enterprise of its own: the leasing subsidy is capped per enterprise and year
        String name = "任务书测试企业" + TestData.username("r");
        WebClient applicant = Applicants.newEnterprise(TestData.username("renwu"), name, TestData.creditCode());
        WebClient reviewer = Applicants.as("demo.reviewer");
        String number = Agreements.approvedWithLetter(applicant, reviewer);
        String path = Applicants.pathOf(applicant, number);
        long applicationId = Reviewers.idOf(applicant, number);
        String reviewPath = "/reviewer/agreement.xhtml?id=" + applicationId;

        // drafted from the program's template with the letter: three indicators, 70 % on signing, 30 % after acceptance
        String page = applicant.get(path).body();
        assertTrue(page.contains("id=\"agreement-part\""), "the application page shows the agreement");
        assertTrue(page.contains("待填报绩效目标"), page);
        assertTrue(page.contains("任务书签订后") && page.contains("验收通过后"), "the tranches' conditions");
        assertTrue(page.contains("等待条件成就"), "every tranche waits");
        assertFalse(page.contains("已到拨付条件"));
        assertTrue(page.contains("2150899"), "the budget line");
        assertTrue(page.contains("租赁设备在开封市使用"), "the obligations");
        assertTrue(page.contains("每 6 个月报送一次项目进展报告"), "the reporting schedule");

        // a target left out is refused and nothing moves
        HttpResponse<String> incomplete =
                applicant.submit(path, "agreement", "propose", Agreements.targets("5", "120", ""));
        assertEquals(200, incomplete.statusCode());
        assertTrue(applicant.get(path).body().contains("待填报绩效目标"));

        assertEquals(
                302,
                applicant
                        .submit(path, "agreement", "propose", Agreements.targets("5", "120", "80"))
                        .statusCode());
        assertTrue(applicant.get(path).body().contains("绩效目标待审核"));

        // the reviewer finds it in the list and returns it; a return needs a reason
        assertTrue(reviewer.get("/reviewer/agreements.xhtml").body().contains(number), "waiting for the reviewer");
        String review = reviewer.get(reviewPath).body();
        assertTrue(review.contains("id=\"agreement-review:return-targets\""), review);
        reviewer.get(reviewPath);
        HttpResponse<String> noReason = reviewer.submit(reviewPath, "agreement-review", "return-targets", Map.of());
        assertTrue(noReason.body().contains("请填写理由"), Applicants.errors(noReason.body()));
        reviewer.get(reviewPath);
        assertEquals(
                302,
                reviewer.submit(
                                reviewPath,
                                "agreement-review",
                                "return-targets",
                                Map.of("return-reason", "满意度目标应不低于 90%。"))
                        .statusCode());
        page = applicant.get(path).body();
        assertTrue(page.contains("绩效目标已退回") && page.contains("满意度目标应不低于 90%。"), "told why");
        assertFalse(reviewer.get("/reviewer/agreements.xhtml").body().contains(number), "no longer waiting");

        // another organisation cannot see it, download it, act on it or open the reviewer's pages
        WebClient other = Applicants.as("demo.team");
        HttpResponse<String> othersView = other.get(path);
        assertFalse(othersView.body().contains("agreement-part"), "another organisation sees no agreement");
        assertEquals(403, other.get(reviewPath).statusCode());
        // a post of the targets into the applicant's page, with valid targets, moves nothing
        other.get("/applicant/applications.xhtml");
        Map<String, String> forged = new java.util.HashMap<>();
        Agreements.targets("1", "1", "1").forEach((k, v) -> forged.put("agreement:" + k, v));
        forged.put("agreement", "agreement");
        forged.put("agreement:propose", "");
        forged.put("jakarta.faces.ViewState", Applicants.viewState(page));
        other.post(path, forged);
        assertTrue(applicant.get(path).body().contains("绩效目标已退回"), "another organisation moved nothing");

        applicant.get(path);
        assertEquals(
                302,
                applicant
                        .submit(path, "agreement", "propose", Agreements.targets("5", "120", "90"))
                        .statusCode());

        // accepted: printed with the targets and the tranches, signed with the bureau's key
        reviewer.get(reviewPath);
        assertEquals(
                302,
                reviewer.submit(reviewPath, "agreement-review", "accept-targets", Map.of())
                        .statusCode());
        page = applicant.get(path).body();
        assertTrue(page.contains("待确认签订"), "waiting for the applicant");
        Matcher link = AGREEMENT_LINK.matcher(page);
        assertTrue(link.find(), "the page links the signed agreement");
        Matcher code = CODE.matcher(page);
        assertTrue(code.find(), "and its verification code");
        String file = "/agreements/" + link.group(1);
        HttpResponse<byte[]> download = applicant.download(file);
        assertEquals(200, download.statusCode());
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        byte[] pdf = download.body();
        assertTrue(SignatureCheck.of(pdf).intact(), "signed, the signature covering the whole file");
        String text = text(pdf).replaceAll("\\s", "");
        Matcher agreementNumber = NUMBER.matcher(text);
        assertTrue(agreementNumber.find(), text);
        assertTrue(text.contains(name), text);
        assertTrue(text.contains(number), text);
        assertTrue(text.contains("100,000.01"), "the award: " + text);
        assertTrue(text.contains("70,000.00") && text.contains("30,000.01"), "the tranches, exact: " + text);
        assertTrue(text.contains("任务书签订后") && text.contains("验收通过后"), text);
        assertTrue(text.contains("租赁设备投入使用数量") && text.contains("120"), "the targets: " + text);
        assertTrue(text.contains("验证码：" + code.group(1)), text);
        assertArrayEquals(pdf, reviewer.download(file).body(), "the same file for the reviewer");
        assertEquals(404, other.download(file).statusCode(), "not for another organisation");
        assertEquals(404, Applicants.as("demo.bank").download(file).statusCode());

        // verified like a letter: by code on the public page and the API, and by file; a changed byte is altered
        String verified = new WebClient(Deployments.baseUrl())
                .get("/public/verify.xhtml?code=" + code.group(1))
                .body();
        assertTrue(verified.contains("真实有效"), verified);
        assertTrue(verified.contains(agreementNumber.group()));
        assertTrue(verified.contains("任务书（资助协议）"), "says what the document is");
        assertTrue(rest("GET", "?code=" + code.group(1), null).body().contains("\"status\":\"GENUINE\""));
        HttpResponse<String> byFile = rest("POST", "", pdf);
        assertTrue(byFile.body().contains("\"status\":\"GENUINE\""), byFile.body());
        assertTrue(byFile.body().contains(agreementNumber.group()), byFile.body());
        byte[] tampered = pdf.clone();
        tampered[pdf.length / 2] ^= 0x01;
        String altered = rest("POST", "", tampered).body();
        assertTrue(altered.contains("\"status\":\"ALTERED\""), altered);

        // the applicant accepts: signed, and the tranche due on signing is due (TrancheMatured fired with it)
        applicant.get(path);
        assertEquals(
                302, applicant.submit(path, "agreement", "accept", Map.of()).statusCode());
        page = applicant.get(path).body();
        assertTrue(page.contains("已签订"), page);
        String first = row(page, 1);
        String second = row(page, 2);
        assertTrue(first.contains("已到拨付条件"), first);
        assertTrue(second.contains("等待条件成就"), second);
        assertFalse(page.contains("id=\"agreement:accept\""), "accepted once");
        assertArrayEquals(pdf, applicant.download(file).body(), "the file accepted is the file issued");
    }

    private static String row(String page, int tranche) {
        int at = page.indexOf("id=\"plan-tranche-" + tranche + "\"");
        assertTrue(at >= 0, "tranche " + tranche + " is listed");
        return page.substring(at, page.indexOf("</tr>", at));
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
}
