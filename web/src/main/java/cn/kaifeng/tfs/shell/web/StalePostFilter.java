package cn.kaifeng.tfs.shell.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.primefaces.csp.CspException;

/**
 * A page posted back without the script nonce PrimeFaces gave it (a stale copy, or a client other than the page's
 * own scripts) cannot be rendered again under the page's Content-Security-Policy; PrimeFaces refuses with an
 * exception that would surface as a 500. The user is sent to the "page expired" page instead, which asks them to
 * open the page again. The refusal comes only when the page would be shown again: whatever the request's action
 * had saved by then stays saved.
 */
@WebFilter(servletNames = "Faces Servlet")
public class StalePostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!causedByMissingNonce(e) || response.isCommitted()) {
                throw e;
            }
            ServerHeaders.reset(response);
            String expired = request.getContextPath() + EXPIRED_PAGE;
            if (AjaxRedirect.isAjax(request)) {
                AjaxRedirect.send(response, expired);
            } else {
                response.sendRedirect(expired);
            }
        }
    }

    private static boolean causedByMissingNonce(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}
