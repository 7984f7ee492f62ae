package cn.kaifeng.tfs.bench.web;

import cn.kaifeng.tfs.bench.web.PageClient.Reply;
import cn.kaifeng.tfs.testkit.WebClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reviewer at the workbench: filters the queue by status, opens an application, takes it into formal review
 * ("受理"), and passes or rejects it, with the review page's buttons (full-page posts: a 302 is success). When
 * another reviewer acted first on the version this one was looking at, the page says so ("刚刚已由其他审核人员处理")
 * and nothing is changed.
 */
public final class ReviewerUser {

    /** What the review page says when another reviewer acted first on the version this one saw. */
    public static final String CHANGED_MEANWHILE = "刚刚已由其他审核人员处理";

    private static final Pattern OPEN = Pattern.compile("href=\"[^\"]*/reviewer/application\\.xhtml\\?id=(\\d+)\"");

    private final PageClient client;
    private final String username;
    private String page = "";

    public ReviewerUser(String base, String username) {
        this.client = new PageClient(base);
        this.username = username;
    }

    public PageClient client() {
        return client;
    }

    public Reply login(String password) {
        return client.login(username, password);
    }

    /** The queue filtered to one status (SUBMITTED, FORMAL_REVIEW...), as the filter's "apply" button posts it. */
    public Reply queue(String status) {
        Reply queue = client.get("/reviewer/applications.xhtml");
        if (queue.status() != 200) {
            return queue;
        }
        return client.submit("/reviewer/applications.xhtml", "queue", "apply", Map.of("status_input", status));
    }

    /** The applications a queue page lists, in its order. */
    public static List<Long> listed(Reply queue) {
        List<Long> ids = new ArrayList<>();
        Matcher open = OPEN.matcher(queue.body());
        while (open.find()) {
            ids.add(Long.parseLong(open.group(1)));
        }
        return ids;
    }

    public Reply open(long id) {
        Reply reply = client.get(path(id));
        if (reply.status() == 200) {
            page = reply.body();
        }
        return reply;
    }

    /** Whether the open page offers this button (start-review, pass, reject...). */
    public boolean offers(String button) {
        return page.contains("id=\"review:" + button + "\"");
    }

    /** Presses a button of the open review page with these fields (named without the form prefix). */
    public Reply press(long id, String button, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("review", "review");
        fields.forEach((name, value) -> form.put("review:" + name, value));
        form.put("review:" + button, "");
        form.put("jakarta.faces.ViewState", String.valueOf(WebClient.viewState(page)));
        return client.post(path(id), form);
    }

    /** Approves the oldest waiting claim on a credit code on the verification queue; a 302 is success. */
    public Reply approveClaim(String creditCode) {
        String queue = "/reviewer/verifications.xhtml";
        Reply list = client.get(queue);
        Matcher row = Pattern.compile("verifications\\.xhtml\\?id=(\\d+)\"[^>]*>[^<]*</a>\\s*</th>\\s*<td>"
                        + Pattern.quote(creditCode) + "</td>")
                .matcher(list.body());
        if (!row.find()) {
            return PageClient.notSent("no waiting claim on " + creditCode + " in the verification queue");
        }
        String path = queue + "?id=" + row.group(1);
        client.get(path);
        return client.submit(path, "decide", "approve", Map.of());
    }

    public static String path(long id) {
        return "/reviewer/application.xhtml?id=" + id;
    }
}
