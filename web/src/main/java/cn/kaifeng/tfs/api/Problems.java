package cn.kaifeng.tfs.api;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.Messages;
import cn.kaifeng.tfs.shell.web.Unavailable;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Errors of the API as RFC 9457 problem details, in Chinese unless the caller prefers English (Accept-Language),
 * with the message key as a stable {@code code} for programs. Never a stack trace: the detail is a sentence for
 * the person reading it.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** {@code type} names the problem (a URN with the message key), {@code code} is the key itself. */
    public record Problem(String type, String title, int status, String detail, String code) {}

    private Problems() {}

    /** English for callers that ask for it first, Simplified Chinese for everyone else. */
    public static Locale locale(HttpHeaders headers) {
        return locale(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** The same, for a caller not yet past authentication (the servlet request's Accept-Language). */
    public static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null
                ? Locale.SIMPLIFIED_CHINESE
                : locale(Collections.list(request.getLocales()));
    }

    private static Locale locale(List<Locale> wanted) {
        for (Locale l : wanted) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(l.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    public static String text(Locale locale, String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    /** A 503 says when to try again (Retry-After): the caller's request was not carried out, and may be repeated. */
    public static Response of(int status, Locale locale, String key, Object... arguments) {
        Response.ResponseBuilder response = Response.status(status)
                .type(MEDIA_TYPE)
                .language(locale)
                .entity(problem(status, locale, key, arguments));
        if (status == 503) {
            response.header(HttpHeaders.RETRY_AFTER, Unavailable.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    public static Problem problem(int status, Locale locale, String key, Object... arguments) {
        String title = Messages.format(locale, "problem.title." + status);
        if (title.startsWith("problem.title.")) { // a status without a title of its own
            Response.Status known = Response.Status.fromStatusCode(status);
            title = known == null ? String.valueOf(status) : known.getReasonPhrase();
        }
        return new Problem("urn:kaifeng-tfs:problem:" + key, title, status, text(locale, key, arguments), key);
    }

    /** The database could not be reached: nothing was done, try again after Retry-After. */
    public static Response unavailable(Locale locale) {
        return of(503, locale, "service.unavailable");
    }

    /**
     * Writes {@link #unavailable} as it is outside JAX-RS: for the authentication mechanism, which runs before any
     * resource, when it cannot check a caller's credentials because the database is away.
     */
    public static void writeUnavailable(HttpServletResponse response, Locale locale) throws IOException {
        write(response, locale, problem(503, locale, "service.unavailable"), Unavailable.RETRY_AFTER_SECONDS);
    }

    /**
     * 429 for an API call with a user's HTTP Basic credentials that the login back-off refused before checking the
     * password: written as it is outside JAX-RS, for the authentication mechanism.
     */
    public static void writeTooManyLogins(HttpServletResponse response, Locale locale, long retryAfterSeconds)
            throws IOException {
        write(response, locale, problem(429, locale, "login.backoff", retryAfterSeconds), retryAfterSeconds);
    }

    private static void write(HttpServletResponse response, Locale locale, Problem problem, long retryAfterSeconds)
            throws IOException {
        response.setStatus(problem.status());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setLocale(locale);
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("type", problem.type())
                        .add("title", problem.title())
                        .add("status", problem.status())
                        .add("detail", problem.detail())
                        .add("code", problem.code())
                        .build()
                        .toString());
        // the answer is complete: closing it ends the exchange, so the container adds no error page of its own
        response.getWriter().close();
    }

    public static Response of(DomainException e, Locale locale) {
        return of(statusOf(e.messageKey()), locale, e.messageKey(), e.arguments());
    }

    /** Too many requests: the caller's minute is used up; try again after the given seconds. */
    public static Response tooMany(Locale locale, long retryAfterSeconds) {
        return Response.fromResponse(of(429, locale, "bank.rateLimited", retryAfterSeconds))
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }

    /** A wait as a Retry-After value: whole seconds, rounded up, at least one ("try again in 0 seconds" is wrong). */
    public static long retryAfterSeconds(java.time.Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** Too many requests from one address to a public operation; try again after the given seconds. */
    public static Response tooManyFromAddress(Locale locale, long retryAfterSeconds) {
        return Response.fromResponse(of(429, locale, "public.tooMany", retryAfterSeconds))
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }

    /**
     * Malformed input is 400; something well formed that the rules refuse is 422; what does not exist (or may not
     * be seen) is 404; a server that cannot keep up says 503.
     */
    static int statusOf(String key) {
        if (key.endsWith(".notFound")) {
            return 404;
        }
        if (key.equals("bank.busy")) {
            return 503;
        }
        if (key.startsWith("creditCode.")
                || key.startsWith("bank.batch.")
                || key.startsWith("bank.purpose.")
                || key.equals("bank.idempotencyKey.malformed")
                || key.equals("api.malformedJson")) {
            return 400;
        }
        return 422;
    }
}
