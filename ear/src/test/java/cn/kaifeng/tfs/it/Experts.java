package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What experts do over HTTP in tests: find an assignment, declare no conflict, score. */
public final class Experts {

    private Experts() {}

    /** The expert's page for the assignment on the application with this number, as linked from their home page. */
    public static String assignmentPath(WebClient expert, String number) {
        String home = expert.get("/expert/home.xhtml").body();
        Matcher link = Pattern.compile(
                        "href=\"([^\"]*/expert/assignment.xhtml\\?id=\\d+)\"[^>]*>" + Pattern.quote(number))
                .matcher(home);
        assertTrue(link.find(), "the assignment is on the expert's home page");
        return link.group(1).replace("&amp;", "&");
    }

    public static void declareNoConflict(WebClient expert, String path) {
        String page = expert.get(path).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("declare", "declare");
        form.put("declare:conflict", "false");
        form.put("declare:submit", "");
        form.put("jakarta.faces.ViewState", Applicants.viewState(page));
        HttpResponse<String> declared = expert.post(path, form);
        assertEquals(302, declared.statusCode(), () -> Applicants.errors(declared.body()));
    }

    /** Scores the (single) expert-judged criterion of the program. */
    public static void score(WebClient expert, String path, String points, String comment) {
        String page = expert.get(path).body();
        Map<String, String> score = new LinkedHashMap<>();
        score.put("score", "score");
        score.put("score:criteria:0:points_input", points);
        score.put("score:criteria:0:points_hinput", points);
        score.put("score:comment", comment);
        score.put("score:submit", "");
        score.put("jakarta.faces.ViewState", Applicants.viewState(page));
        HttpResponse<String> scored = expert.post(path, score);
        assertEquals(302, scored.statusCode(), () -> Applicants.errors(scored.body()));
    }

    /** A talent application strong enough to pass once the panel has scored (as in KfRcTalentTest). */
    public static Map<String, String> strongTalent() {
        Map<String, String> strong = new LinkedHashMap<>();
        strong.put("talentTitle", "PROVINCIAL");
        strong.put("highestDegree", "DOCTORATE");
        strong.put("industryYears", "10");
        strong.put("founderShare", "30");
        strong.put("techField", "XR");
        strong.put("inventionPatents", "4");
        strong.put("softwareCopyrights", "0");
        strong.put("paidInCapital", "5000000");
        strong.put("equityFinancing", "20000000");
        strong.put("revenueLastYear", "0");
        strong.put("ventureInKaifeng", "true");
        strong.put("noSeriousDishonesty", "true");
        strong.put("requestedAmount", "2000000");
        return strong;
    }
}
