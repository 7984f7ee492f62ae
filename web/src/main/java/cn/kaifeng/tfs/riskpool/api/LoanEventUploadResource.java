package cn.kaifeng.tfs.riskpool.api;

import cn.kaifeng.tfs.api.Problems;
import cn.kaifeng.tfs.bank.api.BankCallerLookup;
import cn.kaifeng.tfs.riskpool.domain.LoanEventCsv;
import cn.kaifeng.tfs.riskpool.service.LoanEventService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Loan events as a CSV file (the format of {@link LoanEventCsv}), for banks without a system of their own: every
 * line is checked as if sent alone, and the whole file is stored or, when any line has a problem, none of it, with
 * every problem named by its line. The bank's page (riskpool.web.BankLoansPage) offers the same upload.
 */
@Path("v1/pool/loan-events")
@RequestScoped
@RolesAllowed("BANK")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "pool")
public class LoanEventUploadResource {

    /** How many events the file stored. */
    public record Stored(int stored) {}

    @Inject
    private LoanEventService events;

    @Inject
    private BankCallerLookup callers;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @POST
    // any content type: the file's content is checked, not its label, and a caller of the wrong role is told 403
    // before anything about its body
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload loan events as CSV: all lines stored, or none with every line's problem")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples =
                                    @ExampleObject(
                                            name = "events",
                                            value = LoanEventCsv.HEADER + "\n12,DRAWDOWN,2026-03-02,1000000,,,\n"
                                                    + "12,REPAYMENT,2026-09-01,300000,12000,,\n")))
    @APIResponse(responseCode = "201", description = "Every line stored")
    @APIResponse(responseCode = "422", description = "Nothing stored: the problems, each with its line")
    public Response upload(InputStream body) throws IOException {
        Locale locale = Problems.locale(headers);
        byte[] content = body == null ? new byte[0] : body.readNBytes(LoanEventCsv.MAX_BYTES + 1);
        try {
            int stored = events.upload(callers.of(security), content);
            return Response.status(Response.Status.CREATED)
                    .entity(new Stored(stored))
                    .build();
        } catch (LoanEventService.UploadRefused refused) {
            String lines = refused.problems().stream()
                    .map(p -> {
                        String what =
                                Problems.text(locale, p.key(), p.arguments().toArray());
                        return p.line() == 0 ? what : Problems.text(locale, "riskpool.csv.line", p.line(), what);
                    })
                    .collect(Collectors.joining(" "));
            return Problems.of(
                    422, locale, "riskpool.csv.refused", refused.problems().size(), lines);
        }
    }
}
