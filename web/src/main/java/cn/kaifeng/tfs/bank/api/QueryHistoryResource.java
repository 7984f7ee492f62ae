package cn.kaifeng.tfs.bank.api;

import cn.kaifeng.tfs.bank.service.BankDashboardService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The bank's own query history: every question it asked, by whom, for what purpose, and what it was told. */
@Path("v1/queries")
@RequestScoped
@RolesAllowed("BANK")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "queries", description = "本行查询记录 / The bank's own queries")
public class QueryHistoryResource {

    @Inject
    private BankDashboardService dashboard;

    @Inject
    private BankCallerLookup callers;

    @Context
    private SecurityContext security;

    @GET
    @Operation(summary = "The bank's latest queries, newest first (limit 1 to 500, default 100)")
    public List<BankDashboardService.QueryRow> list(@QueryParam("limit") Integer limit) {
        int max = limit == null ? 100 : Math.max(1, Math.min(500, limit));
        return dashboard.queriesOf(callers.of(security).bankId(), max);
    }
}
