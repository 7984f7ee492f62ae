package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.bank.domain.EligibilityJudge;
import cn.kaifeng.tfs.bank.domain.QueryPurpose;
import cn.kaifeng.tfs.bank.domain.QuerySubject;
import cn.kaifeng.tfs.letter.domain.VerificationCode;
import cn.kaifeng.tfs.letter.service.LetterVerification;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where banks' questions are answered: eligibility by credit code (one or a batch) and letter verification. Each
 * question is answered from the database as it is now, recorded in the query log, and only then released to the
 * caller, or refused when the caller is over its rate limit.
 */
@ApplicationScoped
public class EligibilityDesk {

    public static final int MAX_BATCH = 100;

    @Inject
    private EligibilityReads reads;

    @Inject
    private QueryLog log;

    @Inject
    private LetterVerification letters;

    private final Clock clock = Clock.system(EligibilityJudge.ZONE);

    /** One credit code. A malformed code is recorded too (as MALFORMED, without the code) and answered with why. */
    public CompletionStage<Asked<EligibilityAnswer>> eligibility(Caller caller, String rawCode, QueryPurpose purpose) {
        UnifiedSocialCreditCode code;
        try {
            code = UnifiedSocialCreditCode.of(rawCode);
        } catch (DomainException malformed) {
            return log.record(caller, QuerySubject.ELIGIBILITY, null, purpose, "MALFORMED")
                    .thenApply(a -> new Asked<>(null, malformed, a.admitted() ? 0 : a.retryAfterSeconds()));
        }
        EligibilityAnswer answer = answer(caller.bankId(), code);
        return log.record(caller, QuerySubject.ELIGIBILITY, code.value(), purpose, answer.result())
                .thenApply(a ->
                        a.admitted() ? new Asked<>(answer, null, 0) : new Asked<>(null, null, a.retryAfterSeconds()));
    }

    /** Up to {@value #MAX_BATCH} codes, each answered and recorded as a query of its own; answers in the same order. */
    public CompletionStage<List<Asked<EligibilityAnswer>>> eligibility(
            Caller caller, List<String> rawCodes, QueryPurpose purpose) {
        if (rawCodes == null || rawCodes.isEmpty()) {
            throw new DomainException("bank.batch.empty");
        }
        if (rawCodes.size() > MAX_BATCH) {
            throw new DomainException("bank.batch.tooMany", MAX_BATCH);
        }
        List<CompletableFuture<Asked<EligibilityAnswer>>> each = new ArrayList<>();
        for (String raw : rawCodes) {
            each.add(eligibility(caller, raw, purpose).toCompletableFuture());
        }
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(done -> each.stream().map(CompletableFuture::join).toList());
    }

    /** A letter by its verification code, as a bank presented with it would check it. */
    public CompletionStage<Asked<LetterVerification.Verdict>> letterByCode(Caller caller, String typed) {
        LetterVerification.Verdict verdict = letters.byCode(typed);
        String about = VerificationCode.normalise(typed).orElse(null);
        return letterRecorded(caller, about, verdict);
    }

    /** A letter by its file. */
    public CompletionStage<Asked<LetterVerification.Verdict>> letterByFile(Caller caller, byte[] pdf) {
        LetterVerification.Verdict verdict = letters.byFile(pdf);
        return letterRecorded(caller, verdict.number(), verdict);
    }

    private CompletionStage<Asked<LetterVerification.Verdict>> letterRecorded(
            Caller caller, String about, LetterVerification.Verdict verdict) {
        return log.record(
                        caller,
                        QuerySubject.LETTER,
                        about,
                        QueryPurpose.LETTER_CHECK,
                        verdict.status().name())
                .thenApply(a ->
                        a.admitted() ? new Asked<>(verdict, null, 0) : new Asked<>(null, null, a.retryAfterSeconds()));
    }

    /** The answer as the database has it now. Reads only; never cached, so a revoked consent counts at once. */
    public EligibilityAnswer answer(long bankId, UnifiedSocialCreditCode code) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Optional<EligibilityReads.Authorised> read = reads.read(bankId, code.value(), today);
        if (read.isEmpty()) {
            return EligibilityAnswer.unauthorised(code.value(), now);
        }
        EligibilityReads.Authorised facts = read.get();
        List<EligibilityAnswer.ProgramAnswer> answers = new ArrayList<>();
        for (ProgramDefinition p : facts.programs()) {
            if (!p.category().forBanks()) {
                continue;
            }
            answers.add(new EligibilityAnswer.ProgramAnswer(
                    p.code(),
                    p.name(),
                    p.category(),
                    EligibilityJudge.judge(
                            p.code(),
                            p.award().validMonths(),
                            facts.cases().getOrDefault(p.code(), List.of()),
                            facts.listings().get(p.code()),
                            today)));
        }
        return new EligibilityAnswer(code.value(), true, facts.name(), facts.authorisedUntil(), answers, now);
    }
}
