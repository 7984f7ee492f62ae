package cn.kaifeng.tfs.bank.api;

import cn.kaifeng.tfs.attachment.web.ContentDisposition;
import cn.kaifeng.tfs.bank.domain.EligibleList;
import cn.kaifeng.tfs.bank.service.EligibleListService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published eligible lists (名单): the latest of each program, and any version as CSV or signed PDF. */
@Path("v1/whitelists")
@RequestScoped
@RolesAllowed({"BANK", "REVIEWER", "ADMIN"})
@Tag(name = "whitelists", description = "支持名单 / Published eligible lists")
public class WhitelistResource {

    @Inject
    private EligibleListService eligibleLists;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest published list of each program")
    public List<EligibleListService.Summary> latest() {
        return eligibleLists.latest();
    }

    @GET
    @Path("{program}/{version}.csv")
    @Produces("text/csv")
    @Operation(summary = "A published list as CSV (UTF-8)")
    public Response csv(@PathParam("program") String program, @PathParam("version") int version) {
        EligibleList w = find(program, version);
        return file(w.csv(), "text/csv; charset=UTF-8", w.fileName("csv"));
    }

    @GET
    @Path("{program}/{version}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A published list as signed PDF")
    public Response pdf(@PathParam("program") String program, @PathParam("version") int version) {
        EligibleList w = find(program, version);
        return file(w.pdf(), "application/pdf", w.fileName("pdf"));
    }

    private EligibleList find(String program, int version) {
        return eligibleLists
                .find(program, version)
                .orElseThrow(() -> new DomainException("bank.eligibleList.notFound"));
    }

    private static Response file(byte[] bytes, String type, String name) {
        return Response.ok(bytes, type)
                .header("Content-Disposition", ContentDisposition.of(false, name))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
