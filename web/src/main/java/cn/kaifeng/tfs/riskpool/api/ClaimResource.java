package cn.kaifeng.tfs.riskpool.api;

import cn.kaifeng.tfs.api.Problems;
import cn.kaifeng.tfs.bank.api.BankCallerLookup;
import cn.kaifeng.tfs.riskpool.domain.Claim;
import cn.kaifeng.tfs.riskpool.service.ClaimService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A bank claims (代偿申请) for one of its defaulted or written-off covered loans, with its evidence in the same JSON
 * request (each file's bytes in Base64, checked by content where they are stored), idempotent under its
 * {@code Idempotency-Key} like the loan's events. The claim and its state are then part of
 * {@code GET /api/v1/pool/loans/{loanId}}.
 */
@Path("v1/pool/loans/{loanId}/claims")
@RequestScoped
@RolesAllowed("BANK")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "pool")
public class ClaimResource {

    /** A claim as the bank sees it. */
    public record ClaimJson(
            long id,
            long loanId,
            String state,
            BigDecimal amount,
            boolean needsSecondApproval,
            String reason,
            Instant submittedAt,
            int evidenceFiles) {

        static ClaimJson of(Claim c, int files) {
            return new ClaimJson(
                    c.id(),
                    c.loanId(),
                    c.state().name(),
                    BigDecimal.valueOf(c.amountFen(), 2),
                    c.needsSecondApproval(),
                    c.reason(),
                    c.submittedAt(),
                    files);
        }
    }

    // a one-page PDF would be long here; the smallest PNG is the example of a file that passes the content check
    private static final String EXAMPLE = "{\"evidence\":[{\"fileName\":\"催收记录.png\",\"content\":"
            + "\"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\"}]}";

    @Inject
    private ClaimService claims;

    @Inject
    private BankCallerLookup callers;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Claim (代偿) for one of the bank's defaulted or written-off covered loans",
            description = "The evidence: 1 to 20 files (PDF, PNG or JPEG, at most 10 MB each), each with its name and"
                    + " its bytes in Base64; a file is checked by its content, not its name. The amount is fixed now:"
                    + " the pool's share of the loss not yet recovered. One claim per loan.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClaimService.Request.class),
                            examples = @ExampleObject(name = "claim", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Submitted")
    @APIResponse(responseCode = "200", description = "The same request was submitted before under this Idempotency-Key")
    @APIResponse(responseCode = "404", description = "No such loan of this bank")
    @APIResponse(
            responseCode = "422",
            description = "Refused: the loan is not defaulted, not covered, claimed already; evidence not what it"
                    + " says it is; key reused, ...",
            content =
                    @Content(
                            mediaType = Problems.MEDIA_TYPE,
                            schema = @Schema(implementation = Problems.Problem.class)))
    public Response claim(
            @PathParam("loanId") long loanId,
            ClaimService.Request request,
            @HeaderParam("Idempotency-Key")
                    @Parameter(
                            description = "Up to 64 visible ASCII characters; a retry with the same key and body"
                                    + " returns the first claim instead of refusing a second")
                    String idempotencyKey) {
        if (request == null) {
            throw new DomainException("bank.loan.bodyRequired");
        }
        ClaimService.Outcome outcome = claims.submit(callers.of(security), loanId, request, idempotencyKey);
        ClaimJson body =
                ClaimJson.of(outcome.claim(), claims.files(outcome.claim().id()).size());
        if (outcome.replayed()) {
            return Response.ok(body).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(
                        uri.getBaseUriBuilder().path("v1/pool/loans/{loanId}").build(loanId))
                .entity(body)
                .build();
    }
}
