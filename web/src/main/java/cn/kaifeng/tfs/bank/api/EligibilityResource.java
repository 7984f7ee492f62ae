package cn.kaifeng.tfs.bank.api;

import cn.kaifeng.tfs.api.Problems;
import cn.kaifeng.tfs.bank.domain.QueryPurpose;
import cn.kaifeng.tfs.bank.service.Caller;
import cn.kaifeng.tfs.bank.service.EligibilityAnswer;
import cn.kaifeng.tfs.bank.service.EligibilityService;
import cn.kaifeng.tfs.bank.service.QueryOutcome;
import cn.kaifeng.tfs.bank.service.Recording;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Eligibility by 统一社会信用代码, for banks. Each code asked about is recorded (bank, caller, code, purpose,
 * result) before the answer is sent; a caller over its limit gets 429 with Retry-After.
 *
 * <p>One instance for the application, not one per request: this is the API's hottest call, and making, injecting
 * and validating a resource for each request is a measurable part of its cost (docs/performance.md). It keeps no
 * state of its own; its {@code @Context} values are proxies that RESTEasy resolves
 * to the current request on each call (BankApiIT has a second bank ask after the first).
 */
@Path("v1/eligibility")
@ApplicationScoped
@RolesAllowed("BANK")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "eligibility", description = "企业扶持资格查询 / Eligibility of enterprises")
public class EligibilityResource {

    /** A batch request: up to 100 codes and the purpose they are asked for. */
    public record BatchRequest(List<String> creditCodes, String purpose) {}

    /** One item of a batch answer: the answer, or the problem with that code (malformed, or over the limit). */
    /** One answer of a batch: the code asked (null if it could not be one), and its answer or problem. */
    public record BatchItem(String asked, EligibilityJson answer, Problems.Problem problem) {}

    @Inject
    private EligibilityService desk;

    @Inject
    private BankCallerLookup callers;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("{creditCode}")
    @Operation(summary = "Eligibility of one enterprise for every loan and fund program")
    @APIResponse(
            responseCode = "200",
            description = "The answer (authorised: false when no authorisation is on file)",
            content = @Content(schema = @Schema(implementation = EligibilityJson.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed credit code or purpose",
            content =
                    @Content(
                            mediaType = Problems.MEDIA_TYPE,
                            schema = @Schema(implementation = Problems.Problem.class)))
    @APIResponse(responseCode = "429", description = "Rate limit reached; see Retry-After")
    public Response one(
            @PathParam("creditCode") @Parameter(description = "统一社会信用代码, 18 characters") String creditCode,
            @QueryParam("purpose") @Parameter(description = "PRE_LOAN (贷前调查) or POST_LOAN (贷后管理)") String purpose) {
        Locale locale = Problems.locale(headers);
        QueryPurpose why = BankCallerLookup.purpose(purpose, false);
        Caller caller = callers.of(security);
        return response(Recording.await(desk.eligibility(caller, creditCode, why)), locale);
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Eligibility of up to 100 enterprises at once; each code is a query of its own")
    @APIResponse(responseCode = "200", description = "One item per code asked, in the same order")
    public Response batch(
            BatchRequest request,
            @HeaderParam("Idempotency-Key")
                    @Parameter(description = "Optional; a batch only reads, so a retry is always safe")
                    String idempotencyKey) {
        Locale locale = Problems.locale(headers);
        if (idempotencyKey != null
                && !cn.kaifeng.tfs.bank.service.LoanReportService.KEY
                        .matcher(idempotencyKey)
                        .matches()) {
            throw new DomainException("bank.idempotencyKey.malformed");
        }
        if (request == null) {
            throw new DomainException("bank.batch.empty");
        }
        QueryPurpose why = BankCallerLookup.purpose(request.purpose(), false);
        Caller caller = callers.of(security);
        List<String> codes = request.creditCodes() == null ? List.of() : request.creditCodes();
        List<QueryOutcome<EligibilityAnswer>> all = Recording.await(desk.eligibility(caller, codes, why));
        List<BatchItem> items = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            QueryOutcome<EligibilityAnswer> a = all.get(i);
            Problems.Problem problem = a.answer() != null
                    ? null
                    : (Problems.Problem) (a.limited()
                                    ? Problems.tooMany(locale, a.retryAfterSeconds())
                                    : Problems.of(a.problem(), locale))
                            .getEntity();
            items.add(new BatchItem(
                    echo(codes.get(i)), a.answer() == null ? null : EligibilityJson.of(a.answer(), locale), problem));
        }
        return Response.ok(items).build();
    }

    /**
     * The code an item answers, as asked; a value that cannot be a code (markup, control characters) is not
     * repeated back, and the item is known by its place in the list.
     */
    private static String echo(String asked) {
        return asked != null && asked.matches("[0-9A-Za-z]{1,40}") ? asked : null;
    }

    static Response response(QueryOutcome<EligibilityAnswer> asked, Locale locale) {
        if (asked.limited()) {
            return Problems.tooMany(locale, asked.retryAfterSeconds());
        }
        if (asked.problem() != null) {
            return Problems.of(asked.problem(), locale);
        }
        return Response.ok(EligibilityJson.of(asked.answer(), locale)).build();
    }
}
