package cn.kaifeng.tfs.shell.web;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who is asking, for the page being rendered: name, organisation and the roles that decide the menu and the
 * home page. Roles come from the security context (the realm), not from the session, so a role taken away by
 * an administrator stops working at the next login at the latest.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountService accounts;

    /**
     * The servlet request's principal, not {@code SecurityContext.getCallerPrincipal()}: on WildFly the latter
     * returns an "anonymous" principal for callers who have not logged in.
     */
    @Inject
    private HttpServletRequest request;

    private Optional<UserAccount> account;

    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    public Optional<UserAccount> account() {
        if (account == null) {
            Principal principal = request.getUserPrincipal();
            account = principal == null ? Optional.empty() : accounts.findByUsername(principal.getName());
        }
        return account;
    }

    /** The signed-in username, or null. */
    public String username() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public String getDisplayName() {
        return account().map(UserAccount::displayName).orElse("");
    }

    public String getOrganisationName() {
        return account()
                .map(a -> a.organisation() == null ? "" : a.organisation().name())
                .orElse("");
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** The caller's roles in a fixed order; the first one decides the home page. */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values())
                .filter(r -> securityContext.isCallerInRole(r.name()))
                .toList();
    }

    /** The home page of the caller's first role, or the login page for someone without any. */
    public String homePath() {
        return getRoles().stream().findFirst().map(Role::homePath).orElse("/login.xhtml");
    }
}
