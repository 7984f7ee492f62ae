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

/**
 * The published eligible lists (名单): the latest of each program, and any version as CSV or signed PDF, under
 * {@code /api/v1/eligible-lists}.
 *
 * <p>The same operations also answer at {@code /api/v1/whitelists}, the lists' paths before they were named like
 * everything else that speaks of them, because bank systems may call those: each old path is a method of this class
 * that calls the new one, so both answer alike to the same callers, and the OpenAPI document marks the old ones
 * deprecated.
 */
@Path("v1")
@RequestScoped
@RolesAllowed({"BANK", "REVIEWER", "ADMIN"})
@Tag(name = "eligible-lists", description = "支持名单 / Published eligible lists")
public class EligibleListResource {

    private static final String OLD_PATH =
            "Deprecated: the old path of the same operation under /api/v1/eligible-lists";

    @Inject
    private EligibleListService eligibleLists;

    @GET
    @Path("eligible-lists")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest published list of each program")
    public List<EligibleListService.Summary> latest() {
        return eligibleLists.latest();
    }

    @GET
    @Path("eligible-lists/{program}/{version}.csv")
    @Produces("text/csv")
    @Operation(summary = "A published list as CSV (UTF-8)")
    public Response csv(@PathParam("program") String program, @PathParam("version") int version) {
        EligibleList list = find(program, version);
        return file(list.csv(), "text/csv; charset=UTF-8", list.fileName("csv"));
    }

    @GET
    @Path("eligible-lists/{program}/{version}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A published list as signed PDF")
    public Response pdf(@PathParam("program") String program, @PathParam("version") int version) {
        EligibleList list = find(program, version);
        return file(list.pdf(), "application/pdf", list.fileName("pdf"));
    }

    @GET
    @Path("whitelists")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest published list of each program", description = OLD_PATH, deprecated = true)
    public List<EligibleListService.Summary> latestAtOldPath() {
        return latest();
    }

    @GET
    @Path("whitelists/{program}/{version}.csv")
    @Produces("text/csv")
    @Operation(summary = "A published list as CSV (UTF-8)", description = OLD_PATH, deprecated = true)
    public Response csvAtOldPath(@PathParam("program") String program, @PathParam("version") int version) {
        return csv(program, version);
    }

    @GET
    @Path("whitelists/{program}/{version}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A published list as signed PDF", description = OLD_PATH, deprecated = true)
    public Response pdfAtOldPath(@PathParam("program") String program, @PathParam("version") int version) {
        return pdf(program, version);
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
