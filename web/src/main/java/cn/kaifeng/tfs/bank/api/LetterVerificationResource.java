package cn.kaifeng.tfs.bank.api;

import cn.kaifeng.tfs.api.Problems;
import cn.kaifeng.tfs.bank.service.Caller;
import cn.kaifeng.tfs.bank.service.EligibilityService;
import cn.kaifeng.tfs.bank.service.QueryOutcome;
import cn.kaifeng.tfs.bank.service.Recording;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.service.LetterVerificationService;
import cn.kaifeng.tfs.limit.domain.PublicAction;
import cn.kaifeng.tfs.limit.service.AddressLimitService;
import cn.kaifeng.tfs.shell.web.ClientAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Letter verification for banks' systems and anyone else, without an account: by the code printed on a letter, or
 * by the PDF file. Says whether the letter is genuine, revoked, altered or unknown, with its number, organisation,
 * program, decision and amount; nothing more. A bank asking with its credentials is recorded like any bank query.
 */
@Path("v1/letters/verification")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class LetterVerificationResource {

    /** The answer. {@code status}: GENUINE, REVOKED, ALTERED, UNKNOWN or MALFORMED. */
    public record Verification(
            String status,
            String number,
            String organisation,
            String program,
            LetterKind decision,
            BigDecimal amount,
            Instant issuedAt,
            Instant revokedAt) {

        static Verification of(LetterVerificationService.Verdict v) {
            return new Verification(
                    v.status().name(),
                    v.number(),
                    v.organisation(),
                    v.programName(),
                    v.kind(),
                    v.amount() == null ? null : v.amount().yuan(),
                    v.issuedAt(),
                    v.revokedAt());
        }
    }

    @Inject
    private LetterVerificationService verification;

    @Inject
    private AddressLimitService limits;

    @Context
    private HttpServletRequest request;

    @Inject
    private EligibilityService desk;

    @Inject
    private BankCallerLookup callers;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(summary = "Verify a letter by its verification code (e.g. 7KQ2-M9XD-4HTP)")
    @APIResponse(responseCode = "429", description = "A bank over its rate limit; see Retry-After")
    public Response byCode(@QueryParam("code") String code) {
        Optional<Caller> bank = bank();
        if (bank.isPresent()) {
            Locale locale = Problems.locale(headers);
            return answer(Recording.await(desk.letterByCode(bank.get(), code)), locale);
        }
        Optional<Response> limited = anonymousLimit();
        return limited.orElseGet(() -> answer(verification.byCode(code), Problems.locale(headers)));
    }

    @POST
    @Consumes("application/pdf")
    @Operation(summary = "Verify a letter by its PDF file: genuine only if it is byte for byte the file issued")
    public Response byFile(
            @RequestBody(description = "the letter's PDF, at most 10 MB") InputStream pdf,
            @HeaderParam("Idempotency-Key") @Parameter(description = "Optional; verification only reads") String key)
            throws IOException {
        Optional<Caller> bank = bank();
        if (bank.isPresent()) {
            byte[] bytes = pdf.readNBytes(LetterVerificationService.MAX_FILE_BYTES + 1);
            Locale locale = Problems.locale(headers);
            return answer(Recording.await(desk.letterByFile(bank.get(), bytes)), locale);
        }
        // an anonymous caller over its address's limit is refused before its file is read
        Optional<Response> limited = anonymousLimit();
        if (limited.isPresent()) {
            return limited.get();
        }
        byte[] bytes = pdf.readNBytes(LetterVerificationService.MAX_FILE_BYTES + 1);
        return answer(verification.byFile(bytes), Problems.locale(headers));
    }

    /**
     * A bank calling with its credentials (or an officer's session) is a bank query: recorded, and counted against
     * its limit. Anyone else verifies anonymously.
     */
    private Optional<Caller> bank() {
        if (security.getUserPrincipal() == null || !security.isUserInRole("BANK")) {
            return Optional.empty();
        }
        return callers.ifBank(security);
    }

    /** 429 when this address has verified more letters than the public may ({@link PublicAction}). */
    private Optional<Response> anonymousLimit() {
        return limits.take(PublicAction.LETTER_VERIFICATION, ClientAddress.of(request))
                .map(wait -> Problems.tooManyFromAddress(Problems.locale(headers), Problems.retryAfterSeconds(wait)));
    }

    private static Response answer(QueryOutcome<LetterVerificationService.Verdict> asked, Locale locale) {
        if (asked.limited()) {
            return Problems.tooMany(locale, asked.retryAfterSeconds());
        }
        return answer(asked.answer(), locale);
    }

    /** A verdict on a letter; a code that cannot be one is a malformed request, answered as a problem. */
    private static Response answer(LetterVerificationService.Verdict verdict, Locale locale) {
        if (verdict.status() == LetterVerificationService.Status.MALFORMED) {
            return Problems.of(400, locale, "letter.verify.malformed");
        }
        return Response.ok(Verification.of(verdict), MediaType.APPLICATION_JSON).build();
    }
}
