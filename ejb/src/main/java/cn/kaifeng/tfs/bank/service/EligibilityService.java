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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * Where banks' questions are answered: eligibility by credit code (one or a batch) and letter verification. Each
 * question is answered from the database as it is now, recorded in the query log, and only then released to the
 * caller, or refused when the caller is over its rate limit.
 *
 * <p>Eligibility is read here, on the request's thread and a connection of its own, all of a batch's codes with one
 * statement, and the query log records the answer read. It used to be read by the query log's single writer thread
 * on its recording connection, for all the queued queries at once: with real data that read was most of the
 * writer's time and every bank request of the node waited for it in turn (docs/performance.md, issue 31). A caller
 * this node already knows to be over its minute's limit is refused before anything is read.
 */
@ApplicationScoped
public class EligibilityService {

    public static final int MAX_BATCH = 100;

    private static final Logger LOG = Logger.getLogger(EligibilityService.class);

    @Inject
    private QueryLog log;

    @Inject
    private EligibilityAnswers answers;

    @Inject
    private LetterVerificationService letters;

    /** One credit code. A malformed code is recorded too (as MALFORMED, without the code) and answered with why. */
    public CompletionStage<QueryOutcome<EligibilityAnswer>> eligibility(
            Caller caller, String rawCode, QueryPurpose purpose) {
        return answered(caller, Collections.singletonList(rawCode), purpose).get(0);
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
        List<CompletableFuture<QueryOutcome<EligibilityAnswer>>> each = answered(caller, rawCodes, purpose);
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(done -> each.stream().map(CompletableFuture::join).toList());
    }

    /** Each code's outcome, in order: read together, recorded one by one. */
    private List<CompletableFuture<QueryOutcome<EligibilityAnswer>>> answered(
            Caller caller, List<String> rawCodes, QueryPurpose purpose) {
        OptionalLong wait = log.knownOverLimit(caller);
        if (wait.isPresent()) {
            QueryOutcome<EligibilityAnswer> refused = new QueryOutcome<>(null, null, wait.getAsLong());
            return rawCodes.stream()
                    .map(raw -> CompletableFuture.completedFuture(refused))
                    .toList();
        }
        List<UnifiedSocialCreditCode> codes = new ArrayList<>();
        List<DomainException> malformed = new ArrayList<>();
        for (String raw : rawCodes) {
            try {
                codes.add(UnifiedSocialCreditCode.of(raw));
                malformed.add(null);
            } catch (DomainException e) {
                codes.add(null);
                malformed.add(e);
            }
        }
        Map<String, EligibilityAnswer> read;
        try {
            read = codes.stream().anyMatch(Objects::nonNull)
                    ? answers.answer(
                            caller.bankId(),
                            codes.stream()
                                    .filter(Objects::nonNull)
                                    .map(UnifiedSocialCreditCode::value)
                                    .toList(),
                            log.now())
                    : Map.of();
        } catch (RuntimeException e) {
            // the database is away: nothing was answered, so nothing is recorded; the caller may retry
            LOG.warnf("Eligibility could not be read (%d codes refused): %s", codes.size(), e.toString());
            CompletableFuture<QueryOutcome<EligibilityAnswer>> busy =
                    CompletableFuture.failedFuture(new DomainException("bank.busy"));
            return rawCodes.stream().map(raw -> busy).toList();
        }
        List<CompletableFuture<QueryOutcome<EligibilityAnswer>>> outcomes = new ArrayList<>();
        for (int i = 0; i < rawCodes.size(); i++) {
            if (codes.get(i) == null) {
                DomainException why = malformed.get(i);
                outcomes.add(log.record(caller, QuerySubject.ELIGIBILITY, null, purpose, "MALFORMED")
                        .thenApply(a -> new QueryOutcome<EligibilityAnswer>(
                                null, why, a.admitted() ? 0 : a.retryAfterSeconds()))
                        .toCompletableFuture());
                continue;
            }
            EligibilityAnswer answer = read.get(codes.get(i).value());
            outcomes.add(log.record(caller, QuerySubject.ELIGIBILITY, answer.creditCode(), purpose, answer.result())
                    .thenApply(a -> a.admitted()
                            ? new QueryOutcome<>(answer, null, 0)
                            : new QueryOutcome<EligibilityAnswer>(null, null, a.retryAfterSeconds()))
                    .toCompletableFuture());
        }
        return outcomes;
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
        OptionalLong wait = log.knownOverLimit(caller);
        if (wait.isPresent()) {
            return CompletableFuture.completedFuture(new QueryOutcome<>(null, null, wait.getAsLong()));
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
