package cn.kaifeng.tfs.shell.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the server's headers (config/server/web.cli: nosniff, framing, referrer and permissions policies) on error
 * pages. The server sets them before the application runs; when a request fails with an exception the container
 * empties the response, headers included, before it shows the error page. So the headers present when the request
 * came in are noted, and an error page dispatch puts back any that went missing.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ServerHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String NOTED = ServerHeadersFilter.class.getName() + ".headers";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            request.setAttribute(NOTED, noted(response));
        } else if (request.getAttribute(NOTED) instanceof Map<?, ?> noted) {
            restore(noted, response);
        }
        chain.doFilter(request, response);
    }

    /** The headers already on the response. */
    static Map<String, List<String>> noted(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            headers.put(name, new ArrayList<>(response.getHeaders(name)));
        }
        return headers;
    }

    /** Puts back those of the noted headers the response no longer has. */
    static void restore(Map<?, ?> noted, HttpServletResponse response) {
        noted.forEach((name, values) -> {
            if (!response.containsHeader((String) name)) {
                ((List<?>) values).forEach(value -> response.addHeader((String) name, (String) value));
            }
        });
    }
}
