package cn.kaifeng.tfs.it.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.hostile.Payloads.Kind;
import cn.kaifeng.tfs.it.hostile.Payloads.Payload;
import cn.kaifeng.tfs.testkit.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input through the plain GET forms, which HostileFormsIT (posting Faces forms) does not see: the budget
 * execution's filters (year, program, district), on the page and on its CSV. Whatever a reviewer puts in the query,
 * the answer is the page (the filter refused or matching nothing) or a plain 400, never a 500, a stack trace,
 * reflected markup or an evaluated expression.
 */
@ExtendWith(ArquillianExtension.class)
class HostileQueriesIT {

    private static final Pattern STACK_TRACE =
            Pattern.compile("\\.java:\\d+\\)|Exception:|java\\.lang\\.|org\\.hibernate\\.|jakarta\\.faces\\.Faces");

    /** The filters and the payloads of their kind. */
    private static final Map<String, Kind> FILTERS =
            Map.of("year", Kind.NUMBER, "program", Kind.CHOICE, "district", Kind.CHOICE);

    @Test
    void theBudgetExecutionFiltersAnswerHostileQueriesWithoutAnError() {
        WebClient reviewer = Applicants.as("demo.reviewer");
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, Kind> filter : FILTERS.entrySet()) {
            List<Payload> payloads = new ArrayList<>(Payloads.forField(filter.getValue(), 40));
            payloads.addAll(Payloads.forField(Kind.LINE, 40));
            for (Payload payload : payloads) {
                if (payload.value().length() > 2000) {
                    continue; // no URL carries it: the server refuses the request line before the application sees it
                }
                String query = filter.getKey() + "=" + URLEncoder.encode(payload.value(), StandardCharsets.UTF_8);
                for (String path : List.of("/reviewer/budget-execution.xhtml?", "/reviewer/budget-execution.csv?")) {
                    cases++;
                    String problem = problem(reviewer.get(path + query), payload, path.endsWith(".xhtml?"));
                    if (problem != null) {
                        wrong.add(path + query.substring(0, Math.min(query.length(), 80)) + " (" + payload + "): "
                                + problem);
                    }
                }
            }
        }
        assertTrue(cases > 50, "probed " + cases);
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cases + " answered wrongly:\n" + String.join("\n", wrong));
    }

    private static String problem(HttpResponse<String> response, Payload payload, boolean page) {
        String body = Objects.requireNonNullElse(response.body(), "");
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status >= 500 || location.contains("/error/")) {
            return "answered " + status + " " + location;
        }
        if (STACK_TRACE.matcher(body).find()) {
            return "a stack trace in the answer";
        }
        if (payload.markup() && body.contains(payload.value())) {
            return "the markup came back unescaped";
        }
        if (body.contains(Payloads.EL_RESULT)) {
            return "the expression was evaluated";
        }
        if (page && status == 200 && !body.contains("id=\"execution-help\"")) {
            return "not the page";
        }
        if (!page && status != 200 && status != 400) {
            return "answered " + status;
        }
        return null;
    }
}
