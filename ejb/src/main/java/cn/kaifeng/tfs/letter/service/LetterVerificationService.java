package cn.kaifeng.tfs.letter.service;

import cn.kaifeng.tfs.letter.domain.Letter;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.domain.VerificationCode;
import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shared.pdf.BoundedPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tells anyone whether a letter is genuine, by its verification code or by the file itself. The answer names the
 * letter's number, organisation, program, decision and amount, and whether and when it was revoked; nothing else
 * (no scores, no people, no application contents).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LetterVerificationService {

    /** Files larger than this are not letters (a two-page letter is about 100 KB). */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    /** What verification found. */
    public enum Status {
        /** Issued by the bureau, unaltered, not revoked. */
        GENUINE,
        /** Issued by the bureau and unaltered, but revoked since. */
        REVOKED,
        /** The file claims to be an issued letter but is not the file that was issued. */
        ALTERED,
        /** No letter with this code, or a file that is not one of ours. */
        UNKNOWN,
        /** Not something that could be a code at all. */
        MALFORMED
    }

    /** The answer: for GENUINE and REVOKED the letter's public facts, for ALTERED only the number it claims. */
    public record Verdict(
            Status status,
            String number,
            String organisation,
            String programName,
            LetterKind kind,
            Money amount,
            Instant issuedAt,
            Instant revokedAt) {

        static Verdict of(Status status) {
            return new Verdict(status, null, null, null, null, null, null, null);
        }

        static Verdict of(Letter letter) {
            return new Verdict(
                    letter.revoked() ? Status.REVOKED : Status.GENUINE,
                    letter.number(),
                    letter.organisationName(),
                    letter.programName(),
                    letter.kind(),
                    letter.amount(),
                    letter.issuedAt(),
                    letter.revokedAt());
        }
    }

    @PersistenceContext
    private EntityManager em;

    /** The agreements' signed documents, asked when no letter matches. */
    @jakarta.inject.Inject
    @jakarta.enterprise.inject.Any
    private jakarta.enterprise.inject.Instance<SignedDocuments> others;

    public Verdict byCode(String typed) {
        Optional<String> code = VerificationCode.normalise(typed);
        if (code.isEmpty()) {
            return Verdict.of(Status.MALFORMED);
        }
        return first("SELECT l FROM Letter l WHERE l.verificationCode = :v", code.get())
                .map(Verdict::of)
                .or(() -> others.stream()
                        .map(o -> o.byCode(code.get()))
                        .flatMap(Optional::stream)
                        .findFirst())
                .orElse(Verdict.of(Status.UNKNOWN));
    }

    /**
     * A file is genuine when it is byte for byte a file the bureau issued. Otherwise, if it names an issued
     * letter's number, it is that letter altered; if not, it is not one of ours.
     */
    public Verdict byFile(byte[] pdf) {
        if (pdf == null || pdf.length == 0 || pdf.length > MAX_FILE_BYTES) {
            return Verdict.of(Status.UNKNOWN);
        }
        Optional<Letter> issued = first("SELECT l FROM Letter l WHERE l.sha256 = :v", LetterService.sha256(pdf));
        if (issued.isPresent()) {
            return Verdict.of(issued.get());
        }
        String sha256 = LetterService.sha256(pdf);
        Optional<Verdict> other = others.stream()
                .map(o -> o.bySha256(sha256))
                .flatMap(Optional::stream)
                .findFirst();
        if (other.isPresent()) {
            return other.get();
        }
        Optional<String> claimed = claimedNumber(pdf);
        return claimed.flatMap(number -> first("SELECT l FROM Letter l WHERE l.number = :v", number))
                .map(Letter::number)
                .or(() -> claimed.filter(number -> others.stream().anyMatch(o -> o.issuedNumber(number))))
                .map(number -> new Verdict(Status.ALTERED, number, null, null, null, null, null, null))
                .orElse(Verdict.of(Status.UNKNOWN));
    }

    /** The letter number a file says it is: the signature's reason, or failing that the document's keywords. */
    static Optional<String> claimedNumber(byte[] pdf) {
        try {
            return BoundedPdf.read(pdf, (doc, guard) -> {
                String keywords = doc.getDocumentInformation().getKeywords();
                if (!doc.getSignatureDictionaries().isEmpty()) {
                    String reason = doc.getSignatureDictionaries().get(0).getReason();
                    if (reason != null && !reason.isBlank()) {
                        return Optional.of(reason.strip());
                    }
                }
                return keywords == null || keywords.isBlank() ? Optional.empty() : Optional.of(keywords.strip());
            });
        } catch (IOException | RuntimeException notALetter) {
            // not a PDF, a damaged one, or one built to cost more to read than a letter can: not one of ours
            return Optional.empty();
        }
    }

    private Optional<Letter> first(String query, String value) {
        List<Letter> found = em.createQuery(query, Letter.class)
                .setParameter("v", value)
                .setMaxResults(1)
                .getResultList();
        return found.stream().findFirst();
    }
}
