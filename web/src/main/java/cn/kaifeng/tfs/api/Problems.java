package cn.kaifeng.tfs.api;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
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
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
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

    public static Response of(int status, Locale locale, String key, Object... arguments) {
        String title = Messages.format(locale, "problem.title." + status);
        if (title.startsWith("problem.title.")) { // a status without a title of its own
            Response.Status known = Response.Status.fromStatusCode(status);
            title = known == null ? String.valueOf(status) : known.getReasonPhrase();
        }
        return Response.status(status)
                .type(MEDIA_TYPE)
                .language(locale)
                .entity(new Problem("urn:kaifeng-tfs:problem:" + key, title, status, text(locale, key, arguments), key))
                .build();
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
