package cn.kaifeng.tfs.letter.api;

import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.service.LetterVerification;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * Letter verification for banks' systems and anyone else, without an account: by the code printed on a letter, or
 * by the PDF file. Says whether the letter is genuine, revoked, altered or unknown, with its number, organisation,
 * program, decision and amount; nothing more.
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

        static Verification of(LetterVerification.Verdict v) {
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
    private LetterVerification verification;

    @GET
    @Operation(summary = "Verify a letter by its verification code (e.g. 7KQ2-M9XD-4HTP)")
    public Response byCode(@QueryParam("code") String code) {
        LetterVerification.Verdict verdict = verification.byCode(code);
        return Response.status(
                        verdict.status() == LetterVerification.Status.MALFORMED
                                ? Response.Status.BAD_REQUEST
                                : Response.Status.OK)
                .entity(Verification.of(verdict))
                .build();
    }

    @POST
    @Consumes("application/pdf")
    @Operation(summary = "Verify a letter by its PDF file: genuine only if it is byte for byte the file issued")
    public Verification byFile(@RequestBody(description = "the letter's PDF, at most 10 MB") InputStream pdf)
            throws IOException {
        byte[] bytes = pdf.readNBytes(LetterVerification.MAX_FILE_BYTES + 1);
        return Verification.of(verification.byFile(bytes));
    }
}
