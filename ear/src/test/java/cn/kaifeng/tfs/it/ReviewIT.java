package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Formal review over HTTP: a reviewer takes an application into review; two reviewers acting on the version they
 * both saw: one succeeds, the other is told; a return for revision reaches the applicant (status, reasons,
 * notification), who replaces a file and resubmits under the same number, while the returned version and its file
 * stay with the reviewers.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {

    private static final Pattern FILE_LINK = Pattern.compile("href=\"[^\"]*/files/(\\d+)");

    @Test
    void twoReviewersActingOnTheSameVersionOneSucceedsTheOtherIsTold() {
        WebClient applicant = Applicants.as("demo.applicant");
        String number = Applicants.submitted(applicant, "KF-XD-CREDIT");
        long id = idOf(applicant, number);
        String path = "/reviewer/application.xhtml?id=" + id;

        WebClient first = Applicants.as("demo.reviewer");
        WebClient second = Applicants.as("demo.reviewer2");
        String firstPage = first.get(path).body();
        String secondPage = second.get(path).body();
        assertTrue(firstPage.contains("已提交，待受理"), "both see it submitted");

        HttpResponse<String> took = first.post(path, button(firstPage, "start-review"));
        assertEquals(302, took.statusCode(), "the first reviewer takes it into review");
        HttpResponse<String> late = second.post(path, button(secondPage, "start-review"));
        assertEquals(200, late.statusCode());
        assertTrue(late.body().contains("刚刚已由其他审核人员处理"), "the second is told why");
        assertTrue(late.body().contains("形式审查中"), "and now sees the current state");
        String page = first.get(path).body();
        String history = page.substring(page.indexOf("id=\"timeline\""));
        assertEquals(1, count(history, "受理，开始审查"), "taken into review once");
    }

    /**
     * Truly at once: two reviewers press different decisions on the same version in the same instant (released by
     * one gate), five times over. Each time exactly one decision lands and the other reviewer is told why; the
     * timeline holds one decision, never both.
     */
    @Test
    void twoDecisionsSentAtTheSameInstantExactlyOneLands() throws Exception {
        WebClient applicant = Applicants.as("demo.applicant");
        WebClient first = Applicants.as("demo.reviewer");
        WebClient second = Applicants.as("demo.reviewer2");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String number = Applicants.submitted(applicant, "KF-XD-CREDIT");
                String path = "/reviewer/application.xhtml?id=" + idOf(applicant, number);
                Reviewers.step(first, path, "start-review", Map.of());
                Map<String, String> pass = button(first.get(path).body(), "pass");
                Map<String, String> reject =
                        new LinkedHashMap<>(button(second.get(path).body(), "reject"));
                reject.put("review:reject-reason", "材料不全。");
                CountDownLatch gate = new CountDownLatch(1);
                Future<HttpResponse<String>> passing = pool.submit(() -> {
                    gate.await();
                    return first.post(path, pass);
                });
                Future<HttpResponse<String>> rejecting = pool.submit(() -> {
                    gate.await();
                    return second.post(path, reject);
                });
                gate.countDown();
                HttpResponse<String> a = passing.get(30, TimeUnit.SECONDS);
                HttpResponse<String> b = rejecting.get(30, TimeUnit.SECONDS);
                assertEquals(1, (a.statusCode() == 302 ? 1 : 0) + (b.statusCode() == 302 ? 1 : 0), "one lands");
                HttpResponse<String> told = a.statusCode() == 302 ? b : a;
                assertEquals(200, told.statusCode());
                assertTrue(told.body().contains("刚刚已由其他审核人员处理"), Applicants.errors(told.body()));
                String page = first.get(path).body();
                String history = page.substring(page.indexOf("id=\"timeline\""));
                assertEquals(
                        1,
                        count(history, "通过形式审查") + count(history, "不予批准"),
                        "one decision on the timeline: " + history);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReturnForRevisionReachesTheApplicantWhoResubmitsUnderTheSameNumber() {
        WebClient applicant = Applicants.as("demo.applicant");
        String number = Applicants.submitted(applicant, "KF-RC-TALENT");
        long id = idOf(applicant, number);
        String reviewPath = "/reviewer/application.xhtml?id=" + id;
        String applicantPath = "/applicant/application.xhtml?id=" + id;
        String firstPlan = firstFile(applicant.get(applicantPath).body());

        WebClient reviewer = Applicants.as("demo.reviewer");
        assertEquals(
                302,
                reviewer.post(reviewPath, button(reviewer.get(reviewPath).body(), "start-review"))
                        .statusCode());
        Map<String, String> nothing = button(reviewer.get(reviewPath).body(), "return");
        HttpResponse<String> noReason = reviewer.post(reviewPath, nothing);
        assertTrue(noReason.body().contains("请填写理由"), "a return needs a reason");

        Map<String, String> returned = button(reviewer.get(reviewPath).body(), "return");
        returned.put("review:items:0:reason", "计划书缺少签章页，请补充加盖公章的版本。");
        returned.put("review:general", "请核对申请金额。");
        assertEquals(302, reviewer.post(reviewPath, returned).statusCode());

        String page = applicant.get(applicantPath).body();
        assertTrue(page.contains("退回补正"), "the applicant sees the state");
        assertTrue(page.contains("创业项目计划书：计划书缺少签章页"), "and the reasons, per item");
        assertTrue(page.contains("其他：请核对申请金额。"));
        assertTrue(applicant.get("/applicant/home.xhtml").body().contains("条未读"), "a notification is waiting");
        assertTrue(
                applicant.get("/applicant/notifications.xhtml").body().contains(number + "：退回补正"),
                "it names the application and the step");

        // replace the plan: the old one is superseded, not deleted
        applicant.get(applicantPath);
        HttpResponse<String> removed = applicant.ajax(
                applicantPath,
                "app",
                "slots:0:files:0:remove",
                "click",
                "app:attachments messages",
                Map.of("slots:0:files:0:remove", ""));
        assertTrue(removed.body().contains("附件已删除"), removed.body());
        applicant.get(applicantPath);
        applicant.upload(
                applicantPath,
                "app",
                "slots:0:upload",
                "app:attachments messages",
                "计划书（盖章版）.pdf",
                SampleFiles.plainPdf());
        Map<String, String> form =
                Applicants.filledForm(applicant.get(applicantPath).body());
        form.put("app:submit", "");
        assertEquals(302, applicant.post(applicantPath, form).statusCode(), "resubmitted");

        page = applicant.get(applicantPath).body();
        assertTrue(page.contains(number), "the same number");
        assertTrue(page.contains("已提交，待受理"));
        assertTrue(page.contains("补正后重新提交"), "the timeline says so");
        assertTrue(page.contains("计划书（盖章版）.pdf"));
        assertFalse(page.contains("/files/" + firstPlan + "\""), "the superseded plan is no longer listed");

        String review = reviewer.get(reviewPath).body();
        assertTrue(review.contains("第 1 版"), "the returned version is kept for reviewers");
        assertEquals(200, reviewer.download("/files/" + firstPlan).statusCode(), "with its file");
    }

    @Test
    void theReviewPageIsForReviewersAndUnknownIdsAreNotFound() {
        assertEquals(
                403,
                Applicants.as("demo.applicant")
                        .get("/reviewer/application.xhtml?id=1")
                        .statusCode());
        WebClient reviewer = Applicants.as("demo.reviewer");
        for (String guess : new String[] {"999999999", "abc", "-1", ""}) {
            assertEquals(
                    404, reviewer.get("/reviewer/application.xhtml?id=" + guess).statusCode(), guess);
        }
    }

    private static long idOf(WebClient applicant, String number) {
        Matcher id = Pattern.compile("id=(\\d+)").matcher(Applicants.pathOf(applicant, number));
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    private static String firstFile(String page) {
        Matcher link = FILE_LINK.matcher(page);
        assertTrue(link.find(), "a file is listed");
        return link.group(1);
    }

    /** The review form of a page, as pressing one of its buttons posts it. */
    private static Map<String, String> button(String page, String buttonId) {
        assertTrue(page.contains("id=\"review:" + buttonId + "\""), "the page offers " + buttonId);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("review", "review");
        form.put("review:" + buttonId, "");
        form.put("jakarta.faces.ViewState", Applicants.viewState(page));
        return form;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /**
     * A view stays about the object it was opened for: a reviewer's post that names another application in its URL
     * (the view parameter decoded again on the postback) acts on the application shown, and leaves the other one,
     * and its audit trail, untouched.
     */
    @Test
    void aViewParameterChangedOnAPostbackDoesNotRedirectTheAction() {
        WebClient applicant = Applicants.as("demo.applicant");
        long shown = Reviewers.idOf(applicant, Applicants.submitted(applicant, "KF-XD-CREDIT"));
        long other = Reviewers.idOf(applicant, Applicants.submitted(applicant, "KF-XD-CREDIT"));
        WebClient reviewer = Applicants.as("demo.reviewer");
        String shownPath = "/reviewer/application.xhtml?id=" + shown;
        String otherPath = "/reviewer/application.xhtml?id=" + other;
        String auditBefore = reviewer.get(otherPath).body();

        Map<String, String> form = Reviewers.form(reviewer.get(shownPath).body(), "start-review", Map.of());
        form.put("id", String.valueOf(other));
        HttpResponse<String> tampered = reviewer.post(otherPath, form);
        assertTrue(tampered.statusCode() < 500, "no error: " + tampered.statusCode());

        assertTrue(reviewer.get(shownPath).body().contains("形式审查中"), "the shown application was acted on");
        String otherAfter = reviewer.get(otherPath).body();
        assertTrue(otherAfter.contains("已提交，待受理"), "the other one was not");
        assertEquals(
                count(auditBefore, "START_REVIEW"), count(otherAfter, "START_REVIEW"), "nor is it in its audit trail");
    }
}
