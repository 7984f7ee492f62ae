package cn.kaifeng.tfs.bank.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Does nothing, for a bank that checks its credentials and connection, and for the load benchmark, which compares
 * eligibility queries with the cost of an authenticated round trip that does no work.
 */
@Path("v1/ping")
@RequestScoped
@RolesAllowed("BANK")
@Tag(name = "eligibility")
public class PingResource {

    @GET
    @Operation(summary = "Check credentials and connection; answers 204 and does nothing else")
    public Response ping() {
        return Response.noContent().build();
    }
}
