package cn.kaifeng.tfs.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a client has learnt from the answers it was shown: the Content-Security-Policy nonce of each view, by view
 * state, and the last answer that held a form. PrimeFaces checks that a form post carries the nonce of its view
 * ({@code primefaces.nonce}), as its scripts in a browser send it; a partial response's new view state belongs to
 * the same view, so it keeps the nonce of the request that got it.
 */
final class Views {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** In a JSF partial (Ajax) response the view state comes as an update. */
    private static final Pattern PARTIAL_VIEW_STATE =
            Pattern.compile("<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]>");

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final Map<String, String> nonces = new ConcurrentHashMap<>();
    private String lastForm = "";
    private String sentNonce;

    /** The view state of a page or of a partial response; null if it has none. */
    static String viewState(String body) {
        Matcher page = VIEW_STATE.matcher(body);
        if (page.find()) {
            return page.group(1);
        }
        Matcher partial = PARTIAL_VIEW_STATE.matcher(body);
        return partial.find() ? partial.group(1) : null;
    }

    /** A page's view state is remembered with its nonce; a partial response's new view state with the request's. */
    void shown(String body) {
        if (body == null || body.isEmpty()) {
            return;
        }
        Matcher page = VIEW_STATE.matcher(body);
        Matcher nonce = NONCE.matcher(body);
        if (page.find() && nonce.find()) {
            nonces.put(page.group(1), nonce.group(1));
            lastForm = body;
            return;
        }
        Matcher partial = PARTIAL_VIEW_STATE.matcher(body);
        if (partial.find()) {
            if (sentNonce != null) {
                nonces.put(partial.group(1), sentNonce);
            }
            lastForm = body;
        }
    }

    /** The last answer that held a form (a page or a partial response), or "" before the first. */
    String lastForm() {
        return lastForm;
    }

    /** The form with the nonce of the view its view state names, as PrimeFaces' scripts add it in a browser. */
    Map<String, String> withNonce(Map<String, String> form) {
        String nonce = nonces.get(String.valueOf(form.get("jakarta.faces.ViewState")));
        sentNonce = nonce;
        Map<String, String> with = new LinkedHashMap<>(form);
        if (nonce != null) {
            with.putIfAbsent("primefaces.nonce", nonce);
        }
        return with;
    }

    /** The same for a form whose fields may repeat. */
    List<Map.Entry<String, String>> withNonce(List<Map.Entry<String, String>> pairs) {
        Map<String, String> state = new LinkedHashMap<>();
        pairs.stream()
                .filter(e -> e.getKey().equals("jakarta.faces.ViewState"))
                .forEach(e -> state.put(e.getKey(), e.getValue()));
        List<Map.Entry<String, String>> with = new ArrayList<>(pairs);
        withNonce(state).forEach((k, v) -> {
            if (k.equals("primefaces.nonce")) {
                with.add(Map.entry(k, v));
            }
        });
        return with;
    }
}
