package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helpers for the acceptance (验收): the forms as the applicant's, the reviewer's and the experts' pages post them. */
public final class Acceptances {

    private Acceptances() {}

    /** The expert's page for the acceptance assignment on the application with this number, from their home page. */
    public static String acceptancePath(WebClient expert, String number) {
        String home = expert.get("/expert/home.xhtml").body();
        Matcher link = Pattern.compile(
                        "href=\"([^\"]*/expert/acceptance.xhtml\\?id=\\d+)\"[^>]*>" + Pattern.quote(number))
                .matcher(home);
        assertTrue(link.find(), "the acceptance assignment is on the expert's home page: " + home);
        return link.group(1).replace("&amp;", "&");
    }

    /** The reviewer's panel form with these experts ticked, as posted (a name may repeat: a list of pairs). */
    public static List<Map.Entry<String, String>> assignPairs(String page, List<String> experts) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        pairs.add(new AbstractMap.SimpleEntry<>("assign", "assign"));
        experts.forEach(e -> pairs.add(new AbstractMap.SimpleEntry<>("assign:experts", e)));
        pairs.add(new AbstractMap.SimpleEntry<>("assign:assign", ""));
        pairs.add(new AbstractMap.SimpleEntry<>("jakarta.faces.ViewState", Applicants.viewState(page)));
        return pairs;
    }

    /** The applicant's request form: each indicator's value achieved, in order, and the summary. */
    public static Map<String, String> achieved(List<String> values, String summary) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            fields.put("values:" + i + ":achieved_input", values.get(i));
            fields.put("values:" + i + ":achieved_hinput", values.get(i));
        }
        fields.put("summary", summary);
        return fields;
    }

    /** An expert's scores of the indicators, in order. */
    public static Map<String, String> scores(String... points) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < points.length; i++) {
            fields.put("indicators:" + i + ":points_input", points[i]);
            fields.put("indicators:" + i + ":points_hinput", points[i]);
        }
        fields.put("comment", "按完成情况评分");
        return fields;
    }

    /** The reviewer opens the requested acceptance and assigns these experts as its panel. */
    public static void openAndAssign(WebClient reviewer, String reviewPath, List<String> experts) {
        reviewer.get(reviewPath);
        HttpResponse<String> opened = reviewer.submit(reviewPath, "open", "open", Map.of());
        assertEquals(302, opened.statusCode(), () -> Applicants.errors(opened.body()));
        String page = reviewer.get(reviewPath).body();
        HttpResponse<String> assigned = reviewer.post(reviewPath, assignPairs(page, experts));
        assertEquals(302, assigned.statusCode(), () -> Applicants.errors(assigned.body()));
    }

    /** Each expert declares no conflict and gives these points to every indicator, in order. */
    public static void scoredBy(List<String> experts, String number, String... points) {
        for (String username : experts) {
            WebClient expert = Applicants.as(username);
            String path = acceptancePath(expert, number);
            if (!expert.get(path).body().contains("id=\"score:submit\"")) {
                Experts.declareNoConflict(expert, path);
            }
            expert.get(path);
            HttpResponse<String> scored = expert.submit(path, "score", "submit", scores(points));
            assertEquals(302, scored.statusCode(), () -> Applicants.errors(scored.body()));
        }
    }
}
