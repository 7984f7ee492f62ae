package cn.kaifeng.tfs.riskpool.api;

import cn.kaifeng.tfs.api.Problems;
import cn.kaifeng.tfs.bank.api.BankCallerLookup;
import cn.kaifeng.tfs.bank.service.Caller;
import cn.kaifeng.tfs.riskpool.domain.LoanCoverage;
import cn.kaifeng.tfs.riskpool.domain.LoanLife;
import cn.kaifeng.tfs.riskpool.domain.ReportedLoanEvent;
import cn.kaifeng.tfs.riskpool.service.ClaimService;
import cn.kaifeng.tfs.riskpool.service.LoanEventService;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Loans through their life: a bank reports events on a loan it reported (by the loan report's id), and reads the
 * loan with its events and the pool's coverage decision. A bank sees and reports on its own loans only.
 */
@Path("v1/pool/loans/{loanId}")
@RequestScoped
@RolesAllowed("BANK")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "pool", description = "贷款全周期与风险补偿资金池 / Loans through their life and the risk-compensation pool")
public class LoanEventResource {

    /** An event as stored. */
    public record EventJson(
            long id,
            String kind,
            LocalDate on,
            BigDecimal principal,
            BigDecimal interest,
            int daysPastDue,
            String reportedBy,
            Instant reportedAt) {

        static EventJson of(ReportedLoanEvent e) {
            return new EventJson(
                    e.id(),
                    e.kind().name(),
                    e.occurredOn(),
                    BigDecimal.valueOf(e.principalFen(), 2),
                    BigDecimal.valueOf(e.interestFen(), 2),
                    e.daysPastDue(),
                    e.reportedBy(),
                    e.reportedAt());
        }
    }

    /** The loan now, as the events made it. */
    public record LifeJson(
            String state,
            BigDecimal drawn,
            BigDecimal outstanding,
            BigDecimal interestPaid,
            int daysPastDue,
            BigDecimal loss,
            BigDecimal recovered) {

        static LifeJson of(LoanLife l) {
            return new LifeJson(
                    l.state().name(),
                    BigDecimal.valueOf(l.drawnFen(), 2),
                    BigDecimal.valueOf(l.outstandingFen(), 2),
                    BigDecimal.valueOf(l.interestPaidFen(), 2),
                    l.daysPastDue(),
                    BigDecimal.valueOf(l.lossFen(), 2),
                    BigDecimal.valueOf(l.recoveredFen(), 2));
        }
    }

    /** The pool's decision when the loan was reported; the reason's code and figures when refused. */
    public record CoverageJson(boolean covered, String refusal, List<String> arguments, BigDecimal coveredBalance) {

        static CoverageJson of(LoanCoverage c) {
            return new CoverageJson(
                    c.covered(),
                    c.refusal() == null ? null : c.refusal().name(),
                    c.refusalArguments(),
                    BigDecimal.valueOf(c.coveredBalanceFen(), 2));
        }
    }

    /** The answer to an event: the event and the loan after it. */
    public record EventAnswer(EventJson event, LifeJson loan) {}

    /** A loan with its events and the pool's decision (null when no pool covers its program). */
    public record LoanJson(
            long id,
            String programCode,
            LifeJson life,
            CoverageJson coverage,
            List<EventJson> events,
            ClaimResource.ClaimJson claim) {}

    private static final String EXAMPLE_REPAYMENT =
            "{\"kind\":\"REPAYMENT\",\"on\":\"2026-09-01\",\"principal\":300000.00,\"interest\":12000.00}";
    private static final String EXAMPLE_PLAN = "{\"kind\":\"REPAYMENT_PLAN\",\"on\":\"2026-03-01\",\"plan\":"
            + "[{\"dueOn\":\"2026-09-01\",\"principal\":500000},{\"dueOn\":\"2027-03-01\",\"principal\":500000}]}";

    @Inject
    private LoanEventService events;

    @Inject
    private ClaimService claims;

    @Inject
    private BankCallerLookup callers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Report an event on one of the bank's loans",
            description = "Kinds: DRAWDOWN (principal), REPAYMENT_PLAN (plan of dueOn and principal, adding up to the"
                    + " loan), REPAYMENT (principal and/or interest), PAST_DUE (daysPastDue), DEFAULT, WRITE_OFF,"
                    + " RECOVERY (principal: the amount recovered). Amounts in yuan with at most two decimals. Events"
                    + " go in date order, from the grant to today; no repayment above the principal outstanding.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LoanEventService.Request.class),
                            examples = {
                                @ExampleObject(name = "repayment", value = EXAMPLE_REPAYMENT),
                                @ExampleObject(name = "repayment plan", value = EXAMPLE_PLAN),
                                @ExampleObject(name = "default", value = "{\"kind\":\"DEFAULT\",\"on\":\"2026-12-01\"}")
                            }))
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "200", description = "The same request was recorded before under this Idempotency-Key")
    @APIResponse(responseCode = "404", description = "No such loan of this bank")
    @APIResponse(
            responseCode = "422",
            description = "Refused: dates out of order, repayment above the outstanding principal, key reused, ...",
            content =
                    @Content(
                            mediaType = Problems.MEDIA_TYPE,
                            schema = @Schema(implementation = Problems.Problem.class)))
    public Response report(
            @PathParam("loanId") long loanId,
            LoanEventService.Request request,
            @HeaderParam("Idempotency-Key")
                    @Parameter(
                            description = "Up to 64 visible ASCII characters; a retry with the same key and body"
                                    + " returns the first event instead of recording a second")
                    String idempotencyKey) {
        if (request == null) {
            throw new DomainException("bank.loan.bodyRequired");
        }
        LoanEventService.Outcome outcome = events.report(callers.of(security), loanId, request, idempotencyKey);
        EventAnswer body = new EventAnswer(EventJson.of(outcome.event()), LifeJson.of(outcome.life()));
        if (outcome.replayed()) {
            return Response.ok(body).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(
                        uri.getBaseUriBuilder().path("v1/pool/loans/{loanId}").build(loanId))
                .entity(body)
                .build();
    }

    @GET
    @Operation(summary = "One of the bank's loans: its life, events, the pool's coverage decision and the claim")
    @APIResponse(responseCode = "404", description = "No such loan of this bank")
    public LoanJson loan(@PathParam("loanId") long loanId) {
        Caller caller = callers.of(security);
        LoanEventService.LoanView view = events.loan(caller, loanId);
        return new LoanJson(
                view.report().id(),
                view.report().programCode(),
                LifeJson.of(view.life()),
                view.coverage().map(CoverageJson::of).orElse(null),
                view.events().stream().map(EventJson::of).toList(),
                claims.forBank(caller, loanId)
                        .map(c -> ClaimResource.ClaimJson.of(
                                c, claims.files(c.id()).size()))
                        .orElse(null));
    }
}
