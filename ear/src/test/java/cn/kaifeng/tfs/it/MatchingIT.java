package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proactive matching on the running server: a saved profile is matched at once (the observer of the profile
 * change, after commit), the home shows the matches with their reasons and estimate, each program version is told
 * once however often the profile changes, a claimant is not matched, and the bureau can run the matching now.
 */
@ExtendWith(ArquillianExtension.class)
class MatchingIT {

    private static final Pattern MATCH_NOTICE = Pattern.compile("可能符合“[^”]+”的条件");

    private static HttpResponse<String> saveProfile(WebClient client, String district, String revenue) {
        String page = client.get("/applicant/profile.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("profile", "profile");
        form.put("profile:address", "开封市祥符区匹配路 1 号");
        form.put("profile:district_input", district);
        form.put("profile:tier_input", "SPECIALISED");
        form.put("profile:headcount_hinput", "58");
        form.put("profile:revenue_hinput", revenue);
        form.put("profile:rd_hinput", "3000000");
        form.put("profile:save", "");
        form.put("jakarta.faces.ViewState", Applicants.viewState(page));
        HttpResponse<String> saved = client.post("/applicant/profile.xhtml", form);
        assertTrue(saved.body().contains("单位资料已保存"), Applicants.errors(saved.body()));
        return saved;
    }

    private static long notices(WebClient client) {
        return MATCH_NOTICE
                .matcher(client.get("/applicant/notifications.xhtml").body())
                .results()
                .count();
    }

    @Test
    void aSavedProfileIsMatchedAtOnceAndEachProgramVersionIsToldOnce() {
        WebClient applicant = Applicants.newEnterprise(
                TestData.username("match"), "匹配测试企业" + TestData.username("m"), TestData.creditCode());
        assertTrue(applicant.get("/applicant/home.xhtml").body().contains("暂未匹配到"), "no profile, no match");
        assertEquals(0, notices(applicant));

        saveProfile(applicant, "XIANGFU", "30000000");
        String home = applicant.get("/applicant/home.xhtml").body();
        assertTrue(home.contains("元宇宙企业融资租赁补贴"), "the leasing subsidy is matched");
        assertTrue(home.contains("可能符合"), "honestly possible: the lease itself is not in the profile");
        assertTrue(home.contains("在开封注册纳税：按单位资料已满足"), "a gate met by a profile fact says so");
        assertTrue(home.contains("单位资料中尚无"), "a gate on an unstated fact is unknown, not failed");
        assertTrue(home.contains("预估扶持金额最高 1000000 元"), "the estimate, labelled as such: " + home);
        long told = notices(applicant);
        assertTrue(told >= 5, "each matched program is told: " + told);

        saveProfile(applicant, "XIANGFU", "35000000");
        assertEquals(told, notices(applicant), "a program version is told once, however often the profile changes");

        saveProfile(applicant, "OUTSIDE_KAIFENG", "35000000");
        String outside = applicant.get("/applicant/home.xhtml").body();
        assertFalse(outside.contains("元宇宙企业融资租赁补贴"), "registered outside Kaifeng: no longer shown");
    }

    @Test
    void aClaimantWhoseCodeIsNotVerifiedIsNotMatched() {
        WebClient claimant = Applicants.newClaimant(
                TestData.username("claim"), "认证中企业" + TestData.username("c"), TestData.creditCode());
        saveProfile(claimant, "XIANGFU", "30000000");
        assertTrue(claimant.get("/applicant/home.xhtml").body().contains("暂未匹配到"));
        assertEquals(0, notices(claimant));
    }

    @Test
    void theBureauRunsTheMatchingNowAndNobodyIsToldTwice() {
        WebClient applicant = Applicants.newEnterprise(
                TestData.username("night"), "夜间匹配企业" + TestData.username("n"), TestData.creditCode());
        saveProfile(applicant, "LONGTING", "30000000");
        long told = notices(applicant);

        WebClient reviewer = Applicants.as("demo.reviewer");
        String page = reviewer.get("/reviewer/proposals.xhtml").body();
        assertTrue(page.contains("免申即享"), page);
        HttpResponse<String> run = reviewer.submit("/reviewer/proposals.xhtml", "proposals", "rematch", Map.of());
        String after = run.statusCode() == 302
                ? reviewer.get("/reviewer/proposals.xhtml").body()
                : run.body();
        assertTrue(after.contains("已完成匹配"), Applicants.errors(after));

        assertEquals(told, notices(applicant), "the whole run tells nobody again");
        assertTrue(applicant.get("/applicant/home.xhtml").body().contains("元宇宙企业融资租赁补贴"));
        assertEquals(403, applicant.get("/reviewer/proposals.xhtml").statusCode(), "the bureau's page only");
    }
}
