package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a claimant and a reviewer do over HTTP to verify a newly registered organisation's credit code: the
 * claimant uploads its 营业执照 and 授权委托书 and submits them, a reviewer approves the claim.
 */
public final class Verifications {

    public static final String PAGE = "/applicant/organisation.xhtml";
    public static final String QUEUE = "/reviewer/verifications.xhtml";

    private Verifications() {}

    /** The whole check, as the claimant and then demo.reviewer do it; the organisation may act afterwards. */
    public static void verify(WebClient claimant, String creditCode) {
        submitDocuments(claimant);
        HttpResponse<String> approved = decide(Applicants.as("demo.reviewer"), creditCode, "approve", Map.of());
        assertEquals(302, approved.statusCode(), () -> Applicants.errors(approved.body()));
    }

    /** Uploads a PDF for both documents and sends the claim to the bureau. */
    public static void submitDocuments(WebClient claimant) {
        for (int slot = 0; slot < 2; slot++) {
            HttpResponse<String> uploaded = upload(claimant, slot, "材料.pdf", SampleFiles.plainPdf());
            assertTrue(uploaded.body().contains("已上传"), uploaded.body());
        }
        HttpResponse<String> submitted = claimant.submit(PAGE, "send", "submit", Map.of());
        assertEquals(302, submitted.statusCode(), () -> Applicants.errors(submitted.body()));
    }

    /** Uploads one file to a document slot (0 the business licence, 1 the authorisation); the Ajax answer. */
    public static HttpResponse<String> upload(WebClient claimant, int slot, String fileName, byte[] content) {
        claimant.get(PAGE);
        HttpResponse<String> response = claimant.upload(
                PAGE, "documents", "slot:" + slot + ":upload", "documents:slots messages", fileName, content);
        assertEquals(200, response.statusCode());
        return response;
    }

    /** The id of the oldest waiting claim on this code, as linked from the reviewers' queue. */
    public static long claimId(WebClient reviewer, String creditCode) {
        String queue = reviewer.get(QUEUE).body();
        Matcher row = Pattern.compile(
                        "verifications\\.xhtml\\?id=(\\d+)\"[^>]*>[^<]*</a>\\s*</th>\\s*<td>" + creditCode + "</td>")
                .matcher(queue);
        assertTrue(row.find(), "a waiting claim on " + creditCode);
        return Long.parseLong(row.group(1));
    }

    /** A reviewer presses "approve" or "reject" on the oldest waiting claim on this code. */
    public static HttpResponse<String> decide(
            WebClient reviewer, String creditCode, String button, Map<String, String> fields) {
        String path = QUEUE + "?id=" + claimId(reviewer, creditCode);
        reviewer.get(path);
        return reviewer.submit(path, "decide", button, fields);
    }
}
