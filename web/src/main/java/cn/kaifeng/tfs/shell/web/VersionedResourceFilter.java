package cn.kaifeng.tfs.shell.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A page resource whose URL names its version (PrimeFaces' scripts, styles and theme carry {@code v=<library
 * version>}) never changes under that URL, so browsers may keep it a year without asking again (issue 31: a phone
 * on a slow line otherwise revalidates half a megabyte of script weekly). Mojarra sets a week; this filter puts the
 * year in its place and keeps Mojarra from overwriting it. Resources without a version (our own {@code tfs}
 * library) keep Mojarra's week and are revalidated after it, so a changed style sheet reaches users.
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*")
public class VersionedResourceFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getParameter("v") == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", IMMUTABLE);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!ours(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!ours(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!ours(name)) {
                    super.setDateHeader(name, date);
                }
            }

            @Override
            public void addDateHeader(String name, long date) {
                if (!ours(name)) {
                    super.addDateHeader(name, date);
                }
            }
        });
    }

    /** The caching headers this filter decides; Expires would only repeat Mojarra's week beside the year. */
    private static boolean ours(String name) {
        return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
    }
}
