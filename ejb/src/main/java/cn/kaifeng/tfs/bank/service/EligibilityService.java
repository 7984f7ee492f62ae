package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.bank.domain.QueryPurpose;
import cn.kaifeng.tfs.bank.domain.QuerySubject;
import cn.kaifeng.tfs.letter.domain.VerificationCode;
import cn.kaifeng.tfs.letter.service.LetterVerificationService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where banks' questions are answered: eligibility by credit code (one or a batch) and letter verification. Each
 * question is answered from the database as it is now, recorded in the query log, and only then released to the
 * caller, or refused when the caller is over its rate limit. Eligibility is read and recorded together, in the query
 * log's transaction ({@link QueryLog#ask}).
 */
@ApplicationScoped
public class EligibilityService {

    public static final int MAX_BATCH = 100;

    @Inject
    private QueryLog log;

    @Inject
    private LetterVerificationService letters;

    /** One credit code. A malformed code is recorded too (as MALFORMED, without the code) and answered with why. */
    public CompletionStage<QueryOutcome<EligibilityAnswer>> eligibility(
            Caller caller, String rawCode, QueryPurpose purpose) {
        UnifiedSocialCreditCode code;
        try {
            code = UnifiedSocialCreditCode.of(rawCode);
        } catch (DomainException malformed) {
            return log.record(caller, QuerySubject.ELIGIBILITY, null, purpose, "MALFORMED")
                    .thenApply(a -> new QueryOutcome<>(null, malformed, a.admitted() ? 0 : a.retryAfterSeconds()));
        }
        return log.ask(caller, code, purpose)
                .thenApply(a -> a.admitted()
                        ? new QueryOutcome<>(a.answer(), null, 0)
                        : new QueryOutcome<>(null, null, a.retryAfterSeconds()));
    }

    /** Up to {@value #MAX_BATCH} codes, each answered and recorded as a query of its own; answers in the same order. */
    public CompletionStage<List<QueryOutcome<EligibilityAnswer>>> eligibility(
            Caller caller, List<String> rawCodes, QueryPurpose purpose) {
        if (rawCodes == null || rawCodes.isEmpty()) {
            throw new DomainException("bank.batch.empty");
        }
        if (rawCodes.size() > MAX_BATCH) {
            throw new DomainException("bank.batch.tooMany", MAX_BATCH);
        }
        List<CompletableFuture<QueryOutcome<EligibilityAnswer>>> each = new ArrayList<>();
        for (String raw : rawCodes) {
            each.add(eligibility(caller, raw, purpose).toCompletableFuture());
        }
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(done -> each.stream().map(CompletableFuture::join).toList());
    }

    /** A letter by its verification code, as a bank presented with it would check it. */
    public CompletionStage<QueryOutcome<LetterVerificationService.Verdict>> letterByCode(Caller caller, String typed) {
        LetterVerificationService.Verdict verdict = letters.byCode(typed);
        String about = VerificationCode.normalise(typed).orElse(null);
        return letterRecorded(caller, about, verdict);
    }

    /** A letter by its file. */
    public CompletionStage<QueryOutcome<LetterVerificationService.Verdict>> letterByFile(Caller caller, byte[] pdf) {
        // a caller known to be over its limit is refused before its file is parsed
        java.util.OptionalLong wait = log.knownOverLimit(caller);
        if (wait.isPresent()) {
            return java.util.concurrent.CompletableFuture.completedFuture(
                    new QueryOutcome<>(null, null, wait.getAsLong()));
        }
        LetterVerificationService.Verdict verdict = letters.byFile(pdf);
        return letterRecorded(caller, verdict.number(), verdict);
    }

    private CompletionStage<QueryOutcome<LetterVerificationService.Verdict>> letterRecorded(
            Caller caller, String about, LetterVerificationService.Verdict verdict) {
        return log.record(
                        caller,
                        QuerySubject.LETTER,
                        about,
                        QueryPurpose.LETTER_CHECK,
                        verdict.status().name())
                .thenApply(a -> a.admitted()
                        ? new QueryOutcome<>(verdict, null, 0)
                        : new QueryOutcome<>(null, null, a.retryAfterSeconds()));
    }
}
