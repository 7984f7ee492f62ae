package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private static WebClient as(String username) {
        WebClient client = new WebClient(Deployments.baseUrl());
        assertEquals(302, client.login(username, Deployments.DEMO_PASSWORD).statusCode(), username + " logs in");
        return client;
    }

    /** Starts an application to a program through the programs page; returns its id. */
    private static long start(WebClient client, String programCode) {
        String page = client.get("/applicant/programs.xhtml").body();
        Matcher button = Pattern.compile("id=\"(programs:list:\\d+:apply)\"[^>]*aria-describedby=\"program-"
                        + Pattern.quote(programCode) + "\"")
                .matcher(page);
        if (!button.find()) {
            button = Pattern.compile("aria-describedby=\"program-" + Pattern.quote(programCode)
                            + "\"[^>]*id=\"(programs:list:\\d+:apply)\"")
                    .matcher(page);
            assertTrue(button.find(), "an apply button for " + programCode);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("programs", "programs");
        form.put(button.group(1), "");
        form.put("jakarta.faces.ViewState", viewState(page));
        HttpResponse<String> started = client.post("/applicant/programs.xhtml", form);
        assertEquals(302, started.statusCode(), started.body());
        Matcher id = Pattern.compile("id=(\\d+)")
                .matcher(started.headers().firstValue("Location").orElse(""));
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    /**
     * What a user filling the generated form would send: the first real option of every choice, 1 for every
     * number, every yes/no ticked, text in every text field.
     */
    private static Map<String, String> filledForm(String page) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("app", "app");
        Matcher select = Pattern.compile(
                        "<select id=\"([^\"]+_input)\" name=\"\\1\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        while (select.find()) {
            Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(select.group(2));
            if (option.find()) {
                form.put(select.group(1), option.group(1));
            }
        }
        Matcher number =
                Pattern.compile("name=\"(app:fields:\\d+:number_hinput)\"").matcher(page);
        while (number.find()) {
            form.put(number.group(1), "1");
        }
        Matcher bool = Pattern.compile("name=\"(app:fields:\\d+:bool_input)\"").matcher(page);
        while (bool.find()) {
            form.put(bool.group(1), "on");
        }
        Matcher text = Pattern.compile("name=\"(app:fields:\\d+:text)\"").matcher(page);
        while (text.find()) {
            form.put(text.group(1), "示例");
        }
        form.put("jakarta.faces.ViewState", viewState(page));
        return form;
    }

    private static String viewState(String page) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertTrue(m.find(), "a JSF page");
        return m.group(1);
    }

    @Test
    void twentySimultaneousSubmissionsMakeOneSubmissionWithOneNumber() throws Exception {
        WebClient owner = as("demo.applicant");
        long id = start(owner, "KF-RC-TALENT");
        String path = "/applicant/application.xhtml?id=" + id;

        // twenty sessions (tabs, devices, retries) each open the draft and press "submit" at the same moment
        List<WebClient> sessions = new ArrayList<>();
        List<Map<String, String>> forms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            WebClient session = i == 0 ? owner : as("demo.applicant");
            Map<String, String> form = filledForm(session.get(path).body());
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
    void anIncompleteFormIsRefusedFieldByFieldAndStaysADraft() {
        WebClient owner = as("demo.applicant");
        long id = start(owner, "KF-XD-CREDIT");
        String path = "/applicant/application.xhtml?id=" + id;
        Map<String, String> empty = new LinkedHashMap<>();
        empty.put("app", "app");
        empty.put("app:submit", "");
        empty.put("jakarta.faces.ViewState", viewState(owner.get(path).body()));
        HttpResponse<String> refused = owner.post(path, empty);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("此项为必填项"), "the missing fields are named");
        assertFalse(refused.body().contains(".java:"), "no stack trace");
        assertTrue(owner.get(path).body().contains("状态：草稿"), "still a draft");
    }

    @Test
    void anotherOrganisationCannotOpenAnApplicationByGuessingItsId() {
        WebClient owner = as("demo.applicant");
        long id = start(owner, "KF-RC-TEAM");
        WebClient stranger = as("demo.team");
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
                as("demo.reviewer").get("/applicant/application.xhtml?id=" + id).statusCode(),
                "other roles do not reach applicant pages at all");
    }
}
