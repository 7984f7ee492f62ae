package cn.kaifeng.tfs.shell.web;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.service.LoginBackoffService;
import cn.kaifeng.tfs.api.Problems;
import cn.kaifeng.tfs.bank.domain.ClientCredentials;
import cn.kaifeng.tfs.bank.service.BankCallerService;
import cn.kaifeng.tfs.bank.service.Caller;
import cn.kaifeng.tfs.shared.infra.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.jboss.logging.Logger;

/**
 * Form login for the pages, driven by the JSF login page through {@code SecurityContext.authenticate}.
 * A custom mechanism rather than the built-in form one because pages and the API need different answers to an
 * anonymous caller: a page redirects to the login page (remembering where the user was going, and saying so when
 * the session has timed out), an API call gets 401, and a JSF Ajax request gets a redirect it can follow.
 *
 * <p>A login through the login page is kept in the HTTP session, which the server can replicate in a cluster. An API
 * call with HTTP Basic (a bank system, a script) is authenticated on its own and creates no session: with
 * thousands of calls a minute, sessions would only fill the cluster's memory. That is why the session is
 * registered here, for page logins only, rather than by {@code @AutoApplySession}, which registers every login.
 */
@ApplicationScoped
public class TfsAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the page an anonymous user asked for, to return to after login. */
    public static final String ORIGINAL_PATH = "tfs.login.originalPath";

    public static final String LOGIN_PAGE = "/login.xhtml";

    /** The Jakarta Authentication key asking the container to keep this login in the HTTP session. */
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private BankCallerService bankCallers;

    @Inject
    private LoginBackoffService backoff;

    /**
     * Request attribute: the seconds a login attempt must wait under the back-off ({@link LoginBackoffService}); set when
     * an attempt was refused before its password was checked, so the login page can say when to try again.
     */
    public static final String BACKOFF_SECONDS = "tfs.login.backoffSeconds";

    private static final Logger LOG = Logger.getLogger(TfsAuthenticationMechanism.class);

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Principal established = request.getUserPrincipal();
        if (established != null) {
            // logged in earlier in this session: carry the caller on to this request
            try {
                context.getHandler()
                        .handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), established)});
            } catch (IOException | UnsupportedCallbackException e) {
                throw new IllegalStateException(e);
            }
            return AuthenticationStatus.SUCCESS;
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = throttled(credential, request);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                AuthenticationStatus status = context.notifyContainerAboutLogin(result);
                context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
                return status;
            }
            // no error response here: the login page shows one message for every failure, in the user's language
            return AuthenticationStatus.SEND_FAILURE;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String authorization = request.getHeader("Authorization");
        if (path.startsWith("/api/") && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                return basicLogin(authorization, request, response, context);
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e)) {
                    throw e;
                }
                // the credentials could not be checked: not the caller's fault, and not a bug; a problem detail says
                // to try again, where the exception would have become the HTML page of a 500
                LOG.warnf(
                        "API credentials not checked, answered 503: the database is unavailable (%s)",
                        DatabaseOutage.summary(e));
                return unavailable(request, response);
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (path.startsWith("/api/")) {
            return unauthorized(response, context);
        }
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        if (isPage(request, path)) {
            String query = request.getQueryString();
            request.getSession().setAttribute(ORIGINAL_PATH, query == null ? path : path + "?" + query);
        }
        String login = request.getContextPath() + LOGIN_PAGE + (expired ? "?expired=true" : "");
        if (isAjax(request)) {
            return ajaxRedirect(response, login);
        }
        return context.redirect(login);
    }

    /** An API call with HTTP Basic: a bank system's client credentials, or a user account's (scripts and tools). */
    private AuthenticationStatus basicLogin(
            String authorization,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        // scripts and tools (the audit verification command) call the API with HTTP Basic over the same realm
        UsernamePasswordCredential basic = basic(authorization.substring(6).strip());
        if (basic != null && ClientCredentials.isClientId(basic.getCaller())) {
            // a bank's system: checked here, on every call, and the bank it acts for kept for the resource
            Optional<Caller> client = bankCallers.authenticate(basic.getCaller(), basic.getPasswordAsString());
            if (client.isPresent()) {
                request.setAttribute(BankCallerService.AUTHENTICATED, client.get());
                return context.notifyContainerAboutLogin(client.get().name(), Set.of(Role.BANK.name()));
            }
            return unauthorized(response, context);
        }
        if (basic != null) {
            CredentialValidationResult result = throttled(basic, request);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            Object seconds = request.getAttribute(BACKOFF_SECONDS);
            if (seconds instanceof Long wait) {
                return tooMany(request, response, wait);
            }
        }
        return unauthorized(response, context);
    }

    /** 503 with Retry-After and a problem detail in the caller's language; the resource is not called. */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        try {
            // the request is read to its end (an API body is small; the listener caps it): with the request and the
            // answer both complete, the container adds no error page of its own after the mechanism has answered
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
            Problems.writeUnavailable(response, Problems.locale(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * Checks a username and password unless the back-off says this attempt comes too soon; then the password is not
     * even checked, and the wait is left in {@link #BACKOFF_SECONDS}. The attempt is reserved (counted as failed)
     * before the check and taken back on success, so guesses sent in parallel do not each get a check.
     */
    private CredentialValidationResult throttled(Credential credential, HttpServletRequest request) {
        String username = credential instanceof UsernamePasswordCredential up ? up.getCaller() : null;
        if (username == null) {
            return identityStores.validate(credential);
        }
        String address = ClientAddress.of(request);
        Duration wait = backoff.reserve(username, address);
        if (!wait.isZero()) {
            request.setAttribute(BACKOFF_SECONDS, Problems.retryAfterSeconds(wait));
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            backoff.succeeded(username, address);
        }
        return result;
    }

    /** 429 with Retry-After and a problem detail in the caller's language; the password was not checked. */
    private static AuthenticationStatus tooMany(
            HttpServletRequest request, HttpServletResponse response, long seconds) {
        try {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
            Problems.writeTooManyLogins(response, Problems.locale(request), seconds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"tfs\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    /** The credential of a Basic authorization value, or null if it is not well formed. */
    static UsernamePasswordCredential basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Only a page the user navigated to is worth returning to; not an icon, a resource or a form post. */
    private static boolean isPage(HttpServletRequest request, String path) {
        return "GET".equals(request.getMethod()) && !isAjax(request) && (path.endsWith(".xhtml") || path.endsWith("/"));
    }

    private static boolean isAjax(HttpServletRequest request) {
        return AjaxRedirect.isAjax(request);
    }

    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String location) {
        try {
            AjaxRedirect.send(response, location);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
