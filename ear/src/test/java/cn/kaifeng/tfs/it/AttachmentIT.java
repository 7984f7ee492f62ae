package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attachments over HTTP, sent exactly as the browser's uploader sends them (so the browser's own checks are not
 * what protects us): hostile files are refused with a reason and leave nothing behind; an accepted file comes back
 * byte for byte, under its Chinese name, to its owner and reviewers only; submission needs the required files and
 * freezes them.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentIT {

    private static final Pattern FILE_LINK = Pattern.compile("href=\"[^\"]*/files/(\\d+)\"");
    private static final String RENDER = "app:attachments messages";

    @Test
    void hostileFilesAreRefusedWithTheirReasonAndNothingIsKept() {
        WebClient owner = Applicants.as("demo.applicant");
        String path = "/applicant/application.xhtml?id=" + Applicants.start(owner, "KF-RC-TALENT");
        owner.get(path);
        // talentProof: PDF, JPEG or PNG, at most 10 MB, up to 5 files
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        files.put("脚本.pdf", SampleFiles.pdfWithOpenActionScript());
        reasons.put("脚本.pdf", "含有脚本");
        files.put("链接脚本.pdf", SampleFiles.pdfWithLinkScript());
        reasons.put("链接脚本.pdf", "含有脚本");
        files.put("加密.pdf", SampleFiles.encryptedPdf(""));
        reasons.put("加密.pdf", "已加密");
        files.put("内嵌.pdf", SampleFiles.pdfWithEmbeddedFile());
        reasons.put("内嵌.pdf", "内嵌了其他文件");
        files.put("setup.pdf", SampleFiles.executable());
        reasons.put("setup.pdf", "不是允许的类型");
        files.put("损坏.pdf", SampleFiles.damagedPdf());
        reasons.put("损坏.pdf", "已损坏");
        files.put("空.pdf", new byte[0]);
        reasons.put("空.pdf", "文件是空的");
        byte[] oversized = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(SampleFiles.plainPdf(), 0, oversized, 0, 100);
        files.put("超大.pdf", oversized);
        reasons.put("超大.pdf", "超过 10 MB");
        files.forEach((name, bytes) -> {
            HttpResponse<String> answer = owner.upload(path, "app", "slots:1:upload", RENDER, name, bytes);
            assertEquals(200, answer.statusCode(), name);
            assertTrue(answer.body().contains(reasons.get(name)), name + ": " + answer.body());
            assertFalse(answer.body().contains(".java:"), "no stack trace");
        });
        String page = owner.get(path).body();
        assertFalse(FILE_LINK.matcher(page).find(), "no file was kept");
        assertEquals(3, page.split("尚未上传文件", -1).length - 1, "every file field is still empty");
    }

    @Test
    void anAcceptedFileComesBackIdenticallyToItsOwnerAndReviewersOnly() {
        WebClient owner = Applicants.as("demo.applicant");
        long applicationId = Applicants.start(owner, "KF-RC-TALENT");
        String path = "/applicant/application.xhtml?id=" + applicationId;
        owner.get(path);
        byte[] pdf = SampleFiles.plainPdf();
        HttpResponse<String> accepted = owner.upload(path, "app", "slots:0:upload", RENDER, "创业计划书（终稿）.pdf", pdf);
        assertTrue(accepted.body().contains("已上传"), accepted.body());
        Matcher link = FILE_LINK.matcher(owner.get(path).body());
        assertTrue(link.find(), "the file is listed with a download link");
        String file = "/files/" + link.group(1);

        HttpResponse<byte[]> download = owner.download(file);
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body(), "byte for byte");
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "nosniff",
                download.headers().firstValue("X-Content-Type-Options").orElse(""));
        String disposition =
                download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''%E5%88%9B%E4%B8%9A%E8%AE%A1%E5%88%92%E4%B9%A6"), disposition);
        assertTrue(
                owner.download(file + "?view")
                        .headers()
                        .firstValue("Content-Disposition")
                        .orElse("")
                        .startsWith("inline;"),
                "reviewers and owners can read a PDF in the browser");

        assertEquals(
                404, Applicants.as("demo.reviewer").download(file).statusCode(), "a draft's files are the applicant's");
        WebClient stranger = Applicants.as("demo.team");
        for (String guess : new String[] {file, file + "1", "/files/0", "/files/-1", "/files/abc", "/files/"}) {
            assertEquals(404, stranger.download(guess).statusCode(), "another organisation: " + guess);
        }
        assertEquals(404, Applicants.as("demo.bank").download(file).statusCode(), "a bank: not found");
        assertEquals(302, new WebClient(Deployments.baseUrl()).download(file).statusCode(), "anonymous: to login");

        // a forged upload to the full one-file field is not taken
        owner.get(path);
        owner.upload(path, "app", "slots:0:upload", RENDER, "第二份.pdf", pdf);
        String page = owner.get(path).body();
        assertEquals(1, count(FILE_LINK, page), "still the one file");

        // removing it deletes it for good
        HttpResponse<String> removed = owner.ajax(
                path, "app", "slots:0:files:0:remove", "click", RENDER, Map.of("slots:0:files:0:remove", ""));
        assertTrue(removed.body().contains("附件已删除"), removed.body());
        assertEquals(404, owner.download(file).statusCode(), "gone once removed");
    }

    /**
     * Reviewers read the files of submitted applications only: not of a draft never submitted (the test above), and
     * no longer once the applicant withdrew the application; the owner still can.
     */
    @Test
    void reviewersReadFilesOfSubmittedApplicationsUntilTheyAreWithdrawn() {
        WebClient owner = Applicants.as("demo.applicant");
        String number = Applicants.submitted(owner, "KF-RC-TALENT");
        String path = Applicants.pathOf(owner, number);
        Matcher link = FILE_LINK.matcher(owner.get(path).body());
        assertTrue(link.find(), "the submitted application lists its files");
        String file = "/files/" + link.group(1);
        WebClient reviewer = Applicants.as("demo.reviewer");
        assertEquals(200, reviewer.download(file).statusCode(), "submitted: the bureau reads it");

        owner.get(path);
        HttpResponse<String> withdrawn = owner.submit(path, "app", "withdraw", Map.of());
        assertTrue(withdrawn.statusCode() == 200 || withdrawn.statusCode() == 302, "withdrawn");
        assertTrue(owner.get(path).body().contains("已撤回"), "the application says it is withdrawn");
        assertEquals(404, reviewer.download(file).statusCode(), "withdrawn: no longer the bureau's to read");
        assertEquals(200, owner.download(file).statusCode(), "the owner still can");
    }

    @Test
    void submissionNeedsTheRequiredFilesAndFreezesThem() {
        WebClient owner = Applicants.as("demo.applicant");
        String path = "/applicant/application.xhtml?id=" + Applicants.start(owner, "KF-RC-TALENT");
        Map<String, String> form = Applicants.filledForm(owner.get(path).body());
        form.put("app:submit", "");
        HttpResponse<String> refused = owner.post(path, form);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("创业项目计划书：请上传此项材料"), "the missing file is named");
        assertTrue(owner.get(path).body().contains("状态：草稿"), "still a draft");

        Applicants.attachEveryFile(owner, path);
        form = Applicants.filledForm(owner.get(path).body());
        form.put("app:submit", "");
        assertEquals(302, owner.post(path, form).statusCode(), "submitted");
        String page = owner.get(path).body();
        assertEquals(3, count(FILE_LINK, page), "the three files stay listed");
        assertFalse(page.contains(":upload\""), "no uploader once submitted");
        owner.upload(path, "app", "slots:1:upload", RENDER, "迟到.pdf", SampleFiles.plainPdf());
        assertEquals(3, count(FILE_LINK, owner.get(path).body()), "a forged late upload is not taken");
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
