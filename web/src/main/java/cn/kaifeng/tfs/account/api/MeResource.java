package cn.kaifeng.tfs.account.api;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;

/** Who am I: the caller's own account, for scripts and the front end. Shows nothing about anyone else. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The caller's own view of their account; no password material, no internal ids. */
    public record Me(String username, String displayName, Set<Role> roles, String organisation) {}

    @Inject
    private AccountService accounts;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({"APPLICANT", "REVIEWER", "EXPERT", "BANK", "ADMIN"})
    public Me me() {
        UserAccount account =
                accounts.findByUsername(security.getUserPrincipal().getName()).orElseThrow(NotFoundException::new);
        return new Me(
                account.username(),
                account.displayName(),
                account.roles(),
                account.organisation() == null ? null : account.organisation().name());
    }
}
