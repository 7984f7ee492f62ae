package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Applications over HTTP: submitting the same application from twenty sessions at once gives one submission and
 * one number; an incomplete form is refused field by field and stays a draft; another organisation cannot see an
 * application, whatever id it tries.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {

    private static final Pattern NUMBER = Pattern.compile("KF-[A-Z]{2}-\\d{4}-\\d{5}");

    @Test
    void twentySimultaneousSubmissionsMakeOneSubmissionWithOneNumber() throws Exception {
        WebClient owner = Applicants.as("demo.applicant");
        long id = Applicants.start(owner, "KF-RC-TALENT");
        String path = "/applicant/application.xhtml?id=" + id;
        Applicants.attachEveryFile(owner, path);

        // twenty sessions (tabs, devices, retries) each open the draft and press "submit" at the same moment
        List<WebClient> sessions = new ArrayList<>();
        List<Map<String, String>> forms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            WebClient session = i == 0 ? owner : Applicants.as("demo.applicant");
            Map<String, String> form = Applicants.filledForm(session.get(path).body());
            form.put("app:submit", "");
            sessions.add(session);
            forms.add(form);
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            WebClient session = sessions.get(i);
            Map<String, String> form = forms.get(i);
            answers.add(pool.submit((Callable<HttpResponse<String>>) () -> session.post(path, form)));
        }
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertTrue(
                    response.statusCode() == 302,
                    "each submission is answered, not failed: " + response.statusCode() + " "
                            + response.body()
                                    .substring(0, Math.min(500, response.body().length())));
        }
        pool.shutdown();

        String page = owner.get(path).body();
        Matcher number = NUMBER.matcher(page);
        assertTrue(number.find(), "the application has a number");
        assertTrue(page.contains("已提交"));
        String timeline = page.substring(page.indexOf("id=\"timeline\""));
        assertEquals(1, timeline.split("提交申请", -1).length - 1, "one submission in the history");
        String list = owner.get("/applicant/applications.xhtml").body();
        assertEquals(1, list.split(Pattern.quote(number.group()), -1).length - 1, "listed once");
    }

    @Test
    void everyShippedProgramCanBeAppliedToAndSubmitted() {
        WebClient enterprise = Applicants.as("demo.applicant");
        for (String program : List.of(
                "KF-RC-TALENT",
                "KF-RC-TEAM",
                "KF-GZ-EQUITY-DEBT",
                "KF-JJ-FUND",
                "KF-XD-CREDIT",
                "KF-XD-EQUITY-PLEDGE",
                "KF-XD-IP-PLEDGE",
                "KF-ZL-LEASING")) {
            String number = Applicants.submitted(enterprise, program);
            assertTrue(NUMBER.matcher(number).matches(), program + " gave " + number);
        }
    }

    @Test
    void anIncompleteFormIsRefusedFieldByFieldAndStaysADraft() {
        WebClient owner = Applicants.as("demo.applicant");
        long id = Applicants.start(owner, "KF-XD-CREDIT");
        String path = "/applicant/application.xhtml?id=" + id;
        Map<String, String> empty = new LinkedHashMap<>();
        empty.put("app", "app");
        empty.put("app:submit", "");
        empty.put(
                "jakarta.faces.ViewState", Applicants.viewState(owner.get(path).body()));
        HttpResponse<String> refused = owner.post(path, empty);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("此项为必填项"), "the missing fields are named");
        assertFalse(refused.body().contains(".java:"), "no stack trace");
        assertTrue(owner.get(path).body().contains("状态：草稿"), "still a draft");
    }

    @Test
    void anotherOrganisationCannotOpenAnApplicationByGuessingItsId() {
        WebClient owner = Applicants.as("demo.applicant");
        long id = Applicants.start(owner, "KF-RC-TEAM");
        WebClient stranger = Applicants.as("demo.team");
        for (String guess : List.of(String.valueOf(id), String.valueOf(id + 1), "0", "-1", "abc", "1e3", "")) {
            HttpResponse<String> response = stranger.get("/applicant/application.xhtml?id=" + guess);
            assertEquals(404, response.statusCode(), "id=" + guess);
        }
        assertFalse(
                stranger.get("/applicant/applications.xhtml").body().contains("?id=" + id + "\""),
                "nor is it listed among theirs");
        assertEquals(200, owner.get("/applicant/application.xhtml?id=" + id).statusCode(), "its owner can");
        assertEquals(
                403,
                Applicants.as("demo.reviewer")
                        .get("/applicant/application.xhtml?id=" + id)
                        .statusCode(),
                "other roles do not reach applicant pages at all");
    }
}
