package cn.kaifeng.tfs.shell.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headers the server puts on every response (config/server/web.cli: nosniff, framing, referrer and permissions
 * policies) are set before the application runs; {@link HttpServletResponse#reset()} would throw them away with
 * everything else. A page that replaces a failed one resets through here instead.
 */
public final class ServerHeaders {

    private ServerHeaders() {}

    /**
     * Empties the response but keeps its headers, the session cookie among them, except those about the content
     * the failed page had begun: its type and its Content-Security-Policy, whose nonce the new page replaces.
     */
    public static void reset(HttpServletResponse response) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!name.regionMatches(true, 0, "Content-", 0, 8)) {
                kept.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        response.reset();
        kept.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    }
}
