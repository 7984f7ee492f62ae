package cn.kaifeng.tfs.bank.api;

import cn.kaifeng.tfs.api.Problems;
import cn.kaifeng.tfs.bank.domain.LoanReport;
import cn.kaifeng.tfs.bank.service.Caller;
import cn.kaifeng.tfs.bank.service.LoanReportService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Loan outcome reporting: a bank reports a loan it granted against an approved support, so the bureau sees how
 * support turns into credit. A bank sees only its own reports.
 */
@Path("v1/loans")
@RequestScoped
@RolesAllowed("BANK")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "loans", description = "贷款发放情况报送 / Loan outcome reports")
public class LoanResource {

    /** A report as sent: the support's letter (verification code), the enterprise, the loan. */
    public record LoanRequest(
            String verificationCode, String creditCode, BigDecimal amount, Integer termMonths, LocalDate grantedOn) {}

    /** A report as stored. */
    public record LoanJson(
            long id,
            String programCode,
            BigDecimal amount,
            int termMonths,
            LocalDate grantedOn,
            String reportedBy,
            Instant reportedAt) {

        static LoanJson of(LoanReport r) {
            return new LoanJson(
                    r.id(),
                    r.programCode(),
                    r.amount().yuan(),
                    r.termMonths(),
                    r.grantedOn(),
                    r.reportedBy(),
                    r.reportedAt());
        }
    }

    @Inject
    private LoanReportService reports;

    @Inject
    private BankCallerLookup callers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a loan granted against an approved support")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "200", description = "The same request was recorded before under this Idempotency-Key")
    @APIResponse(
            responseCode = "422",
            description = "Refused: no authorisation, letter revoked, outside validity, key reused",
            content =
                    @Content(
                            mediaType = Problems.MEDIA_TYPE,
                            schema = @Schema(implementation = Problems.Problem.class)))
    public Response report(
            LoanRequest request,
            @HeaderParam("Idempotency-Key")
                    @Parameter(
                            description = "Up to 64 visible ASCII characters; a retry with the same key and body"
                                    + " returns the first report instead of recording a second")
                    String idempotencyKey) {
        if (request == null) {
            throw new DomainException("bank.loan.bodyRequired");
        }
        Caller caller = callers.of(security);
        LoanReportService.Outcome outcome = reports.report(
                caller,
                new LoanReportService.Request(
                        request.verificationCode(),
                        request.creditCode(),
                        request.amount(),
                        request.termMonths(),
                        request.grantedOn()),
                idempotencyKey);
        LoanJson body = LoanJson.of(outcome.report());
        if (outcome.replayed()) {
            return Response.ok(body).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(body.id()))
                        .build())
                .entity(body)
                .build();
    }

    @GET
    @Operation(summary = "The bank's own reports, newest first (at most 200)")
    public List<LoanJson> list() {
        return reports.of(callers.of(security).bankId(), 200).stream()
                .map(LoanJson::of)
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the bank's own reports")
    public LoanJson one(@PathParam("id") long id) {
        return reports.find(callers.of(security).bankId(), id)
                .map(LoanJson::of)
                .orElseThrow(() -> new DomainException("bank.loan.notFound"));
    }
}
