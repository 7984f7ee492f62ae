package cn.kaifeng.tfs.account.web;

import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import cn.kaifeng.tfs.shell.web.TfsAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The login page and logout. A failed login says only that the combination is wrong, never which half; an attempt
 * the back-off refused says when to try again.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private String username;
    private String password;
    private boolean expired;
    private boolean loggedOut;

    /** Already signed in: the login page has nothing to offer, go home. */
    public String onLoad() {
        if (currentUser.isLoggedIn()) {
            return currentUser.homePath() + "?faces-redirect=true";
        }
        if (expired) {
            messages.info("login.expired");
        } else if (loggedOut) {
            messages.info("login.loggedOut");
        }
        return null;
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username, new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                // a new session id at login: a session id planted before login is worthless afterwards
                request.changeSessionId();
                HttpSession session = request.getSession();
                String original = (String) session.getAttribute(TfsAuthenticationMechanism.ORIGINAL_PATH);
                session.removeAttribute(TfsAuthenticationMechanism.ORIGINAL_PATH);
                String target = isLocalPath(original) ? original : currentUser.homePath();
                external.redirect(request.getContextPath() + target);
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                // the back-off answers known and unknown names alike, so saying "wait" tells nothing about accounts
                Object wait = request.getAttribute(TfsAuthenticationMechanism.BACKOFF_SECONDS);
                if (wait instanceof Long seconds) {
                    messages.error(null, "login.backoff", seconds);
                } else {
                    messages.error(null, "login.failed");
                }
            }
        }
    }

    /** Only paths inside this application are followed after login: no open redirect through the login page. */
    static boolean isLocalPath(String path) {
        return path != null
                && path.startsWith("/")
                && !path.startsWith("//")
                && !path.contains("\\")
                && !path.contains("://");
    }

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true&loggedOut=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }
}
