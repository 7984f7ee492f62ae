package cn.kaifeng.tfs.shell.web;

import cn.kaifeng.tfs.shared.infra.DatabaseOutage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jboss.logging.Logger;

/**
 * A request that failed because the database could not be reached (stopped, restarting, no connection to be had)
 * and whose exception nobody answered, a download above all, is answered with 503, {@code Retry-After} and the "try
 * again shortly" page (see {@link Unavailable}) instead of the error page for bugs, 500. Nothing was carried out: the
 * transaction rolled back, so trying again is safe. The log gets one line per request, not a stack trace: an outage
 * is not a bug, and during one every request would print the same trace. (JSF requests are answered the same way by
 * {@link DatabaseOutageHandlerFactory}; the REST API answers its callers with problem details: {@code ProblemMapper},
 * and {@code TfsAuthenticationMechanism} for the credential check.)
 */
@WebFilter("/*")
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class);

    @Inject
    private LocaleSelection localeSelection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warnf(
                    "%s %s answered 503: the database is unavailable (%s)",
                    request.getMethod(), request.getRequestURI(), DatabaseOutage.summary(e));
            Unavailable.answer(request, response, localeSelection.getLocale());
        }
    }
}
