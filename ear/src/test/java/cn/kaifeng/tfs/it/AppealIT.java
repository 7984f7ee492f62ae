package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Appeals (复核) against a rejection on the real server: the applicant asks with a reason; a reviewer upholds the
 * decision (the letter stays genuine) or reopens the case, which revokes the letter; the reopened case is decided
 * and lettered anew, and every step is on the timeline. An empty reason, a second appeal while one is open and an
 * appeal by someone else are refused with a message.
 */
@ExtendWith(ArquillianExtension.class)
class AppealIT {

    private static final Pattern CODE = Pattern.compile("<code>([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})</code>");

    private static List<String> codes(String page) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(page);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private static HttpResponse<String> appeal(WebClient applicant, String path, String reason) {
        String page = applicant.get(path).body();
        assertTrue(page.contains("id=\"app:appeal-submit\""), "the page offers an appeal");
        return applicant.submit(path, "app", "appeal-submit", Map.of("appeal-reason", reason));
    }

    private static String verification(String code) {
        return new WebClient(Deployments.baseUrl())
                .get("/public/verify.xhtml?code=" + code)
                .body();
    }

    @Test
    void aRejectionIsAppealedUpheldAppealedAgainReopenedAndDecidedAnew() {
        WebClient applicant = Applicants.newEnterprise(
                TestData.username("fuhe"), "开封复核测试科技有限公司" + TestData.username("n"), TestData.creditCode());
        WebClient reviewer = Applicants.as("demo.reviewer");
        String number = Applicants.submitted(applicant, "KF-XD-CREDIT");
        String mine = Applicants.pathOf(applicant, number);
        String review = Reviewers.pathOf(applicant, number);
        assertFalse(applicant.get(mine).body().contains("app:appeal-submit"), "nothing to appeal before a letter");
        Reviewers.step(reviewer, review, "start-review", Map.of());
        Reviewers.step(reviewer, review, "reject", Map.of("reject-reason", "贷款项目不属于元宇宙重点领域。"));
        Reviewers.step(reviewer, review, "issue-letter", Map.of());
        String firstCode = codes(reviewer.get(review).body()).get(0);

        // an appeal needs a reason; the page says so next to the field and nothing changes
        HttpResponse<String> empty = appeal(applicant, mine, "  ");
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("请写明申请复核的理由"), Applicants.errors(empty.body()));
        assertTrue(applicant.get(mine).body().contains("已出具决定书"));

        // someone else's applicant cannot reach the case at all
        assertEquals(404, Applicants.as("demo.applicant").get(mine).statusCode());

        assertEquals(302, appeal(applicant, mine, "项目属于数字孪生领域，见补充说明。").statusCode());
        String appealed = applicant.get(mine).body();
        assertTrue(appealed.contains("复核申请中"), "status shown");
        assertFalse(appealed.contains("app:appeal-submit"), "one appeal at a time");
        assertTrue(verification(firstCode).contains("真实有效"), "the letter stands while the appeal is open");

        // the reviewer sees the reason; upholding needs a conclusion
        String reviewPage = reviewer.get(review).body();
        assertTrue(reviewPage.contains("项目属于数字孪生领域，见补充说明。"), "the applicant's reason is shown");
        HttpResponse<String> noConclusion = Reviewers.press(reviewer, review, "dismiss-appeal", Map.of());
        assertEquals(200, noConclusion.statusCode());
        assertTrue(noConclusion.body().contains("请填写理由"), Applicants.errors(noConclusion.body()));
        Reviewers.step(reviewer, review, "dismiss-appeal", Map.of("appeal-conclusion", "经核，项目属于其他领域，维持原决定。"));
        assertTrue(reviewer.get(review).body().contains("已出具决定书"));
        assertTrue(verification(firstCode).contains("真实有效"), "upheld: the letter is still in force");

        // asked again within the period, the case is reopened: the letter is revoked, the case back in review
        assertEquals(302, appeal(applicant, mine, "补充提交了领域认定材料。").statusCode());
        Reviewers.step(reviewer, review, "reopen", Map.of("appeal-conclusion", "补充材料成立，重新审查。"));
        String reopened = reviewer.get(review).body();
        assertTrue(reopened.contains("形式审查中"), "back in formal review");
        assertTrue(verification(firstCode).contains("已撤销"), "the old letter no longer verifies as valid");

        // decided and lettered anew: a second letter with its own code, the first listed as revoked
        Reviewers.step(reviewer, review, "reject", Map.of("reject-reason", "补充材料不足以认定属于重点领域。"));
        Reviewers.step(reviewer, review, "issue-letter", Map.of());
        List<String> both = codes(applicant.get(mine).body());
        assertEquals(2, both.size(), "the applicant sees both letters");
        String secondCode =
                both.stream().filter(c -> !c.equals(firstCode)).findFirst().orElseThrow();
        assertTrue(verification(secondCode).contains("真实有效"));

        String timeline = applicant.get(mine).body();
        for (String step : List.of("申请复核", "复核维持原决定", "复核后重新审查")) {
            assertTrue(timeline.contains(step), "the timeline shows " + step);
        }
    }
}
