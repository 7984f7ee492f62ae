package cn.kaifeng.tfs.shell.web;

import cn.kaifeng.tfs.api.Problems;
import cn.kaifeng.tfs.limit.domain.PublicAction;
import cn.kaifeng.tfs.limit.service.AddressLimitService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guards the pages' posts before Faces reads them:
 *
 * <ul>
 *   <li>A multipart body is accepted only by the pages that take a file ({@link #PAGES_WITH_FILES}); any other page
 *       answers 415 without reading it, so an upload cannot be pushed through a form that has no file field.
 *   <li>The public forms' actions are limited per address ({@link PublicAction}, counted by {@link AddressLimitService}):
 *       checking a letter, an assessment in the calculator, a registration. The count is taken before the body is
 *       parsed, so a letter uploaded over the limit is refused before it is read. Over the limit, a page post gets
 *       429 with Retry-After and a page saying when to try again; an Ajax post gets the sentence in the page's
 *       messages (Faces' scripts ignore the body of anything but 200) and the same Retry-After.
 * </ul>
 *
 * Objections on the public notice are limited where they are recorded (review.service.DecisionService), together with
 * their limit per application and the merging of repeated ones.
 */
@WebFilter(servletNames = "Faces Servlet")
public class PublicFormsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The pages with a file field (PublicFormsFilterTest checks this against the pages' sources). */
    static final Set<String> PAGES_WITH_FILES = Set.of(
            "/admin/policies.xhtml",
            "/admin/programs.xhtml",
            "/applicant/application.xhtml",
            "/applicant/organisation.xhtml",
            "/bank/home.xhtml",
            "/bank/loans.xhtml",
            "/public/verify.xhtml",
            "/reviewer/payment-files.xhtml");

    /** Request attribute for the 429 page: the seconds to wait. */
    public static final String RETRY_AFTER = "tfs.retryAfterSeconds";

    /** The limited actions: page, then the buttons (client ids) whose press is the action. */
    private static final Map<String, Limited> LIMITED = Map.of(
            "/public/verify.xhtml", new Limited(PublicAction.LETTER_VERIFICATION, Set.of("verify:check-code")),
            "/public/calculator.xhtml", new Limited(PublicAction.CALCULATION, Set.of("calc:calculate")),
            "/register.xhtml", new Limited(PublicAction.REGISTRATION, Set.of("register:submit")));

    private record Limited(PublicAction action, Set<String> buttons) {}

    @Inject
    private AddressLimitService limits;

    @Inject
    private LocaleSelection localeSelection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType();
        boolean multipart = type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
        if (multipart && !PAGES_WITH_FILES.contains(path)) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        Limited limited = LIMITED.get(path);
        if (limited != null && (multipart || pressed(request, limited.buttons()))) {
            Optional<Duration> wait = limits.take(limited.action(), ClientAddress.of(request));
            if (wait.isPresent()) {
                tooMany(request, response, Problems.retryAfterSeconds(wait.get()));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the post is the press of one of these buttons. Reading a parameter parses the (url-encoded) body, so
     * the encoding Faces would set is set first: Chinese text typed into the form must arrive as typed.
     */
    private static boolean pressed(HttpServletRequest request, Set<String> buttons) throws IOException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        String source = request.getParameter("jakarta.faces.source");
        if (source != null && buttons.contains(source)) {
            return true;
        }
        for (String button : buttons) {
            if (request.getParameter(button) != null) {
                return true;
            }
        }
        return false;
    }

    private void tooMany(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        String text = Messages.format(localeSelection.getLocale(), "public.tooMany", seconds);
        if (!Unavailable.answeredAjax(request, response, seconds, text)) {
            request.setAttribute(RETRY_AFTER, seconds);
            response.sendError(429);
        }
    }
}
