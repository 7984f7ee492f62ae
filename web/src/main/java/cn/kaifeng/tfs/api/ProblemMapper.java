package cn.kaifeng.tfs.api;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.infra.DatabaseOutage;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Every exception an API call ends in becomes a problem detail: the domain's refusals with their message, the
 * framework's (unknown path, wrong method or media type, forbidden) with their status, unreadable JSON as 400,
 * the database being away as 503 with Retry-After (nothing was done; one log line, no stack trace), and anything
 * unexpected as a 500 that says only that, while the log keeps the cause.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = Problems.locale(headers);
        DomainException domain = find(thrown, DomainException.class);
        if (domain != null) {
            return Problems.of(domain, locale);
        }
        if (find(thrown, JsonbException.class) != null) {
            return Problems.of(400, locale, "api.malformedJson");
        }
        if (thrown instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            Response problem = Problems.of(status, locale, "api.status." + status);
            if (status == 405 && web.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
                return Response.fromResponse(problem)
                        .header(HttpHeaders.ALLOW, web.getResponse().getHeaderString(HttpHeaders.ALLOW))
                        .build();
            }
            return problem;
        }
        if (DatabaseOutage.isCause(thrown)) {
            LOG.warnf("API call answered 503: the database is unavailable (%s)", DatabaseOutage.summary(thrown));
            return Problems.unavailable(locale);
        }
        LOG.errorf(thrown, "API call failed");
        return Problems.of(500, locale, "api.status.500");
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
