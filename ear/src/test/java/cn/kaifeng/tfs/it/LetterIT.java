package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.letter.pdf.SignatureCheck;
import cn.kaifeng.tfs.testkit.WebClient;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Decision letters on the real server: a reviewer issues the letter of a decided application; the applicant (and
 * no one else) downloads it, the same bytes every time, signed; anyone verifies it by code (page and REST) or by
 * file; a tampered copy, an unknown code and a malformed one are told apart; a revoked letter says so; and eight
 * reviewers issuing at once get eight numbers with no gap and no duplicate.
 */
@ExtendWith(ArquillianExtension.class)
class LetterIT {

    private static final Pattern LETTER_LINK = Pattern.compile("href=\"[^\"]*/letters/(\\d+)\"");
    private static final Pattern NUMBER = Pattern.compile("汴财扶贷〔(\\d{4})〕(\\d{4,})号");
    private static final Pattern CODE = Pattern.compile("<code>([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})</code>");

    /** A credit application of the demo enterprise, taken into review and rejected with a reason. */
    private static String rejected(WebClient applicant, WebClient reviewer, String reason) {
        String number = Applicants.submitted(applicant, "KF-XD-CREDIT");
        String path = Reviewers.pathOf(applicant, number);
        Reviewers.step(reviewer, path, "start-review", Map.of());
        Reviewers.step(reviewer, path, "reject", Map.of("reject-reason", reason));
        return path;
    }

    @Test
    void issuedDownloadedByTheApplicantOnlyAndVerifiedByAnyone() throws Exception {
        WebClient applicant = Applicants.as("demo.applicant");
        WebClient reviewer = Applicants.as("demo.reviewer");
        String path = rejected(applicant, reviewer, "近三年纳税信用等级未达到 B 级，不符合推荐条件。");

        Reviewers.step(reviewer, path, "issue-letter", Map.of());
        String page = reviewer.get(path).body();
        assertTrue(page.contains("已出具决定书"), "the application moved on");
        Matcher number = NUMBER.matcher(page);
        assertTrue(number.find(), "the page lists the letter's number");
        Matcher link = LETTER_LINK.matcher(page);
        assertTrue(link.find(), "and its download");
        String letterPath = "/letters/" + link.group(1);
        Matcher codeMatch = CODE.matcher(page);
        assertTrue(codeMatch.find(), "and its verification code");
        String code = codeMatch.group(1);
        assertFalse(page.contains("id=\"review:issue-letter\""), "a letter is issued once");
        // a rejection's letter moves the application to "letter issued" with no amount: the dashboard copes
        HttpResponse<String> dashboard = reviewer.get("/reviewer/dashboard.xhtml");
        assertEquals(200, dashboard.statusCode(), "the dashboard with a rejection letter issued");

        // the applicant finds it on the application's page and downloads it
        String applicantPage =
                applicant.get(Applicants.pathOf(applicant, numberOf(page))).body();
        assertTrue(applicantPage.contains(letterPath), "the applicant's page links the letter");
        HttpResponse<byte[]> download = applicant.download(letterPath);
        assertEquals(200, download.statusCode());
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").contains(".pdf"));
        byte[] pdf = download.body();
        assertTrue(SignatureCheck.of(pdf).intact(), "signed, and the signature covers the whole file");
        String text = text(pdf).replaceAll("\\s", "");
        assertTrue(text.contains(number.group()), text);
        assertTrue(text.contains("近三年纳税信用等级未达到B级，不符合推荐条件。"), "the reasons: " + text);
        assertTrue(text.contains("开封示例元宇宙科技有限公司（演示）"), text);
        assertTrue(text.contains("复核途径"), "a rejection says how to appeal");
        assertTrue(text.contains("验证码：" + code), text);
        assertTrue(text.contains(Deployments.baseUrl() + "/public/verify.xhtml?code=" + code), "the QR address");

        // byte-identical on every download, for the reviewer too
        assertArrayEquals(pdf, applicant.download(letterPath).body());
        assertArrayEquals(pdf, reviewer.download(letterPath).body());

        // nobody else: another organisation's applicant, an expert, a bank, and an id that does not exist
        for (String outsider : List.of("demo.team", "demo.expert", "demo.bank")) {
            assertEquals(404, Applicants.as(outsider).download(letterPath).statusCode(), outsider);
        }
        assertEquals(404, applicant.download("/letters/999999999").statusCode());
        assertEquals(404, applicant.download("/letters/abc").statusCode());
        assertFalse(new WebClient(Deployments.baseUrl()).download(letterPath).statusCode() == 200, "anonymous");

        // anyone verifies it: the page opened by the QR code, and the REST endpoint by code and by file
        WebClient anyone = new WebClient(Deployments.baseUrl());
        String verified =
                anyone.get("/public/verify.xhtml?code=" + code.toLowerCase()).body();
        assertTrue(verified.contains("真实有效"), verified);
        assertTrue(verified.contains(number.group()));
        assertTrue(verified.contains("开封示例元宇宙科技有限公司（演示）"));
        assertFalse(verified.contains("纳税信用"), "verification tells no reasons or scores");
        assertTrue(rest("GET", "?code=" + code, null).body().contains("\"status\":\"GENUINE\""));
        HttpResponse<String> byFile = rest("POST", "", pdf);
        assertEquals(200, byFile.statusCode());
        assertTrue(byFile.body().contains("\"status\":\"GENUINE\""), byFile.body());
        assertTrue(byFile.body().contains(number.group()), byFile.body());

        // one changed byte: the file is no longer the letter, though it still claims its number
        byte[] tampered = pdf.clone();
        tampered[pdf.length / 2] ^= 0x01;
        assertFalse(SignatureCheck.of(tampered).intact());
        String altered = rest("POST", "", tampered).body();
        assertTrue(altered.contains("\"status\":\"ALTERED\""), altered);
        assertFalse(altered.contains("开封示例"), "an altered file learns nothing but the number it claims");
        assertTrue(rest("POST", "", SampleFiles.plainPdf()).body().contains("\"status\":\"UNKNOWN\""));
        assertTrue(rest("GET", "?code=2222-3333-4444", null).body().contains("\"status\":\"UNKNOWN\""));
        HttpResponse<String> malformed =
                rest("GET", "?code=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8), null);
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("\"code\":\"letter.verify.malformed\""), malformed.body());
        assertTrue(malformed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertFalse(malformed.body().contains("<script>"));
        String badCode = anyone.get("/public/verify.xhtml?code=0000").body();
        assertTrue(badCode.contains("验证码格式不正确"), badCode);

        // revoked: a reason is required, then every verification says so
        HttpResponse<String> noReason = Reviewers.press(reviewer, path, "letter:0:revoke", Map.of());
        assertTrue(noReason.body().contains("请填写理由"), Applicants.errors(noReason.body()));
        Reviewers.step(reviewer, path, "letter:0:revoke", Map.of("revoke-reason", "申请材料经核查存在虚假内容。"));
        assertTrue(reviewer.get(path).body().contains("已撤销"));
        assertTrue(anyone.get("/public/verify.xhtml?code=" + code).body().contains("已撤销"));
        assertTrue(rest("GET", "?code=" + code, null).body().contains("\"status\":\"REVOKED\""));
        assertTrue(rest("POST", "", pdf).body().contains("\"status\":\"REVOKED\""));
        assertArrayEquals(pdf, applicant.download(letterPath).body(), "a revoked letter is still the letter issued");
    }

    /** Eight reviewers issue eight letters at the same moment: eight consecutive numbers, none twice. */
    @Test
    void concurrentIssuersGetNumbersWithoutGapsOrDuplicates() throws Exception {
        WebClient applicant = Applicants.as("demo.applicant");
        WebClient reviewer = Applicants.as("demo.reviewer");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            paths.add(rejected(applicant, reviewer, "并发签发测试 " + i));
        }
        List<WebClient> issuers = new ArrayList<>();
        List<java.util.Map<String, String>> forms = new ArrayList<>();
        for (String path : paths) {
            WebClient issuer = Applicants.as(issuers.size() % 2 == 0 ? "demo.reviewer" : "demo.reviewer2");
            forms.add(Reviewers.form(issuer.get(path).body(), "issue-letter", Map.of()));
            issuers.add(issuer);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                Callable<Integer> issue = () -> {
                    start.await();
                    return issuers.get(n).post(paths.get(n), forms.get(n)).statusCode();
                };
                results.add(pool.submit(issue));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertEquals(302, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Set<Integer> sequences = new TreeSet<>();
        for (String path : paths) {
            Matcher number = NUMBER.matcher(reviewer.get(path).body());
            assertTrue(number.find(), path);
            assertTrue(sequences.add(Integer.parseInt(number.group(2))), "a number given twice: " + number.group());
        }
        int first = sequences.iterator().next();
        assertEquals(8, sequences.size());
        assertEquals(first + 7, ((TreeSet<Integer>) sequences).last(), "no gap: " + sequences);
    }

    private static String numberOf(String reviewerPage) {
        Matcher m = Pattern.compile("KF-XD-\\d{4}-\\d{5}").matcher(reviewerPage);
        assertTrue(m.find());
        return m.group();
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
