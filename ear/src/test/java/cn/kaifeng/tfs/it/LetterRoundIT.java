package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.letter.pdf.SignatureCheck;
import cn.kaifeng.tfs.testkit.WebClient;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk issuing on the real server: a reviewer starts a round for a program; the batch job issues every waiting
 * letter, the page shows the progress, the round's ZIP holds each letter once, signed; a second round finds
 * nothing left to issue; and only reviewers get the ZIP.
 */
@ExtendWith(ArquillianExtension.class)
class LetterRoundIT {

    private static final Pattern ROUND = Pattern.compile("id=\"round-(\\d+)\"");

    @Test
    void aRoundIssuesEveryWaitingLetterOnceWithProgressAndZip() throws Exception {
        WebClient applicant = Applicants.as("demo.applicant");
        WebClient reviewer = Applicants.as("demo.reviewer");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String number = Applicants.submitted(applicant, "KF-XD-IP-PLEDGE");
            String path = Reviewers.pathOf(applicant, number);
            Reviewers.step(reviewer, path, "start-review", Map.of());
            Reviewers.step(reviewer, path, "reject", Map.of("reject-reason", "批量签发测试 " + i));
            paths.add(path);
        }

        String page = reviewer.get("/reviewer/letters.xhtml").body();
        assertTrue(page.contains("KF-XD-IP-PLEDGE"), "the program is offered with letters waiting");
        HttpResponse<String> noProgram = reviewer.submit("/reviewer/letters.xhtml", "rounds", "start", Map.of());
        assertTrue(noProgram.body().contains("请选择要签发决定书的扶持项目"), Applicants.errors(noProgram.body()));
        reviewer.get("/reviewer/letters.xhtml");
        HttpResponse<String> started = reviewer.submit(
                "/reviewer/letters.xhtml", "rounds", "start", Map.of("program_input", "KF-XD-IP-PLEDGE"));
        assertEquals(302, started.statusCode(), () -> Applicants.errors(started.body()));

        // the job runs in the background; the page shows its progress until it is finished
        String progress = null;
        for (int i = 0; i < 120; i++) {
            progress = reviewer.get("/reviewer/letters.xhtml").body();
            if (progress.contains("已完成")) {
                break;
            }
            Thread.sleep(500);
        }
        assertTrue(progress.contains("已完成"), "the round finished: " + progress);
        Matcher round = ROUND.matcher(progress);
        assertTrue(round.find());
        String roundId = round.group(1);
        assertTrue(
                progress.contains(
                        "<progress class=\"tfs-progress\" id=\"bar-" + roundId + "\" max=\"100\" value=\"100\""),
                "with a progress bar, full");

        for (String path : paths) {
            assertTrue(reviewer.get(path).body().contains("已出具决定书"), path);
        }

        HttpResponse<byte[]> zip = reviewer.download("/letters/rounds/" + roundId);
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        Set<String> names = new HashSet<>();
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertTrue(entry.getName().matches("汴财扶知〔\\d{4}〕\\d{4,}号\\.pdf"), entry.getName());
                assertTrue(names.add(entry.getName()), "each letter once: " + entry.getName());
                assertTrue(SignatureCheck.of(in.readAllBytes()).intact(), entry.getName());
                entries++;
            }
        }
        assertTrue(entries >= 4, "at least the four letters of this test: " + entries);

        // nothing is left: a second round is refused with a reason, and nobody but reviewers gets the ZIP
        assertFalse(
                reviewer.get("/reviewer/letters.xhtml").body().contains("(KF-XD-IP-PLEDGE)"),
                "the program has no letters waiting any more");
        assertEquals(404, applicant.download("/letters/rounds/" + roundId).statusCode());
        assertEquals(404, reviewer.download("/letters/rounds/99999999").statusCode());
        assertEquals(403, applicant.get("/reviewer/letters.xhtml").statusCode());
    }
}
