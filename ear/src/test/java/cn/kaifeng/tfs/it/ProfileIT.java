package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The organisation profile: checked on saving, and kept with each application as it was at submission. */
@ExtendWith(ArquillianExtension.class)
class ProfileIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

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
