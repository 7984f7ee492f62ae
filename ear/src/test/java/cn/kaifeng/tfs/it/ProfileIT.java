package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The organisation profile: checked on saving, and kept with each application as it was at submission. */
@ExtendWith(ArquillianExtension.class)
class ProfileIT {

    private static HttpResponse<String> saveProfile(WebClient client, String address, String revenue, String rd) {
        String page = client.get("/applicant/profile.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("profile", "profile");
        form.put("profile:address", address);
        form.put("profile:district_input", "XIANGFU");
        form.put("profile:tier_input", "SPECIALISED");
        form.put("profile:headcount_hinput", "58");
        form.put("profile:revenue_hinput", revenue);
        form.put("profile:rd_hinput", rd);
        form.put("profile:save", "");
        form.put("jakarta.faces.ViewState", Applicants.viewState(page));
        return client.post("/applicant/profile.xhtml", form);
    }

    @Test
    void aSubmittedApplicationKeepsTheProfileAsItWas() {
        WebClient applicant = Applicants.as("demo.applicant");

        HttpResponse<String> refused = saveProfile(applicant, "开封市祥符区测试路 9 号", "1000000", "2000000");
        assertTrue(refused.body().contains("研发投入不能高于营业收入"), "the rule is explained");
        assertFalse(refused.body().contains(".java:"));

        HttpResponse<String> saved = saveProfile(applicant, "开封市祥符区测试路 9 号", "30000000", "3000000");
        assertTrue(saved.body().contains("单位资料已保存"), saved.body());
        assertTrue(applicant.get("/applicant/profile.xhtml").body().contains("开封市祥符区测试路 9 号"), "saved");

        String number = Applicants.submitted(applicant, "KF-XD-CREDIT");
        saveProfile(applicant, "开封市祥符区新地址 10 号", "30000000", "3000000");

        String list = applicant.get("/applicant/applications.xhtml").body();
        Matcher link = Pattern.compile("href=\"([^\"]+)\"[^>]*>" + Pattern.quote(number) + "<")
                .matcher(list);
        assertTrue(link.find(), "the application is listed");
        String page = applicant.get(link.group(1).replace("&amp;", "&")).body();
        assertTrue(page.contains("申报时的单位资料"));
        assertTrue(page.contains("开封市祥符区测试路 9 号"), "the address as it was at submission");
        assertFalse(page.contains("开封市祥符区新地址 10 号"), "later edits do not reach a submitted application");
        assertTrue(page.contains("祥符区") && page.contains("专精特新企业"), "codes are shown as words");
    }

    @Test
    void theContactPhoneIsShownMaskedAndWholeOnlyToAReviewerWhoAsks() {
        WebClient applicant = Applicants.newEnterprise(
                TestData.username("phone"), "电话测试企业" + TestData.username("p"), TestData.creditCode());
        String profile = "/applicant/profile.xhtml";
        applicant.get(profile);
        HttpResponse<String> wrong =
                applicant.submit(profile, "profile", "save", Map.of("contact-name", "孙联系", "contact-phone", "12345"));
        assertTrue(wrong.body().contains("电话号码格式不正确"), Applicants.errors(wrong.body()));
        applicant.get(profile);
        HttpResponse<String> saved = applicant.submit(
                profile, "profile", "save", Map.of("contact-name", "孙联系", "contact-phone", "139 0371 2468"));
        assertTrue(saved.body().contains("单位资料已保存"), Applicants.errors(saved.body()));
        String page = applicant.get(profile).body();
        assertTrue(page.contains("139****2468"), "shown masked");
        assertFalse(page.contains("13903712468"), "never whole on the applicant's page");

        String number = Applicants.submitted(applicant, "KF-XD-CREDIT");
        String review = Reviewers.pathOf(applicant, number);
        WebClient reviewer = Applicants.as("demo.reviewer");
        String before = reviewer.get(review).body();
        assertTrue(before.contains("139****2468"), "the reviewer sees it masked at first");
        assertFalse(before.contains("13903712468"));
        HttpResponse<String> revealed = reviewer.submit(review, "contact", "reveal-phone", Map.of());
        assertTrue(
                revealed.body().contains("13903712468"), "and whole on asking: " + Applicants.errors(revealed.body()));
        WebClient admin = Applicants.as("demo.admin");
        assertTrue(admin.get("/admin/audit.xhtml").body().contains("CONTACT_PHONE_VIEWED"), "which is audited");
        assertEquals(403, applicant.get(review).statusCode(), "an applicant has no reviewer page to ask on");
    }

    @Test
    void onlyApplicantsHaveAProfilePage() {
        assertEquals(
                403, Applicants.as("demo.bank").get("/applicant/profile.xhtml").statusCode());
        assertEquals(
                302,
                new WebClient(Deployments.baseUrl())
                        .get("/applicant/profile.xhtml")
                        .statusCode());
    }
}
