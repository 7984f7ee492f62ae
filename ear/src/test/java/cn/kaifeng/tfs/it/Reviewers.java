package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helper: a reviewer's steps on the application page, posted as its buttons post them. */
public final class Reviewers {

    private Reviewers() {}

    /** The reviewer's page of an application, by the id in the applicant's link to it. */
    public static String pathOf(WebClient applicant, String number) {
        return "/reviewer/application.xhtml?id=" + idOf(applicant, number);
    }

    public static long idOf(WebClient applicant, String number) {
        Matcher id = Pattern.compile("id=(\\d+)").matcher(Applicants.pathOf(applicant, number));
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    /** Presses a button of the review form with these fields (named without the form prefix); expects success. */
    public static void step(WebClient reviewer, String path, String button, Map<String, String> fields) {
        HttpResponse<String> response = press(reviewer, path, button, fields);
        assertEquals(302, response.statusCode(), () -> button + ": " + Applicants.errors(response.body()));
    }

    /** Presses a button of the review form; the response, whatever it is. */
    public static HttpResponse<String> press(
            WebClient reviewer, String path, String button, Map<String, String> fields) {
        return reviewer.post(path, form(reviewer.get(path).body(), button, fields));
    }

    /** The review form of a page as pressing one of its buttons posts it. */
    public static Map<String, String> form(String page, String button, Map<String, String> fields) {
        assertTrue(page.contains("id=\"review:" + button + "\""), "the page offers " + button);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("review", "review");
        fields.forEach((name, value) -> form.put(name.startsWith("review:") ? name : "review:" + name, value));
        form.put("review:" + button, "");
        form.put("jakarta.faces.ViewState", Applicants.viewState(page));
        return form;
    }
}
