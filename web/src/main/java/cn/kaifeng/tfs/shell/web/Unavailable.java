package cn.kaifeng.tfs.shell.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The answer to a page request that failed because the database could not be reached (see
 * {@code DatabaseOutage}): 503 with {@code Retry-After}, and the "temporarily unavailable, try again" page
 * ({@value #PAGE}, the error page web.xml names for 503). A JSF Ajax request (a save, the autosave, an upload)
 * gets the same sentence in the page's messages instead and stays on its page, so nothing the user has typed is
 * lost: JSF's scripts would ignore the body of a 503, so that answer is a 200 partial response.
 */
public final class Unavailable {

    /** How long to wait before trying again: the connection pool checks its connections every five seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public static final String PAGE = "/error/503.xhtml";

    /** Request attribute: where "try again" on the error page leads (the page asked for, with its query). */
    public static final String RETRY_PATH = "tfs.retryPath";

    private Unavailable() {}

    public static void answer(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        if (answeredAjax(request, response, RETRY_AFTER_SECONDS, Messages.format(locale, "service.unavailable"))) {
            return;
        }
        String query = request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        request.setAttribute(RETRY_PATH, query == null ? path : path + "?" + query);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /**
     * Starts a "try again later" answer: a fresh response saying when (Retry-After) and not to be cached. An Ajax
     * request is answered here, with the sentence in the page's messages and 200 (Faces' scripts drop the body of
     * anything else), and true is returned; a page request is left to the caller, which sends its error status.
     */
    static boolean answeredAjax(HttpServletRequest request, HttpServletResponse response, long retryAfter, String text)
            throws IOException {
        ServerHeaders.reset(response);
        response.setHeader("Retry-After", String.valueOf(retryAfter));
        response.setHeader("Cache-Control", "no-store");
        if (!AjaxRedirect.isAjax(request)) {
            return false;
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(messagesUpdate(text));
        return true;
    }

    /** A partial response that replaces the page's message area (template page.xhtml) with one error message. */
    static String messagesUpdate(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes><update id=\"messages\"><![CDATA["
                + "<div id=\"messages\" class=\"tfs-messages\" aria-live=\"polite\"><ul><li class=\"tfs-message-error\">"
                + escaped + "</li></ul></div>]]></update></changes></partial-response>";
    }
}
