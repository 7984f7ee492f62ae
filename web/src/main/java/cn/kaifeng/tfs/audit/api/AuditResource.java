package cn.kaifeng.tfs.audit.api;

import cn.kaifeng.tfs.audit.domain.AuditChain;
import cn.kaifeng.tfs.audit.service.AuditService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Verification of the audit trail's hash chain, for administrators' tools (see audit-verify.sh). */
@Path("v1/audit/verification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** {@code intact}, how many records were checked, and where and how the chain is broken if it is. */
    public record Verification(boolean intact, long checked, Long brokenAt, String problem) {}

    @Inject
    private AuditService trail;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Chain waiting audit records, then verify the whole hash chain")
    public Verification verify() {
        AuditChain.Verdict verdict = trail.verify();
        return new Verification(verdict.intact(), verdict.checked(), verdict.brokenAt(), verdict.problem());
    }
}
