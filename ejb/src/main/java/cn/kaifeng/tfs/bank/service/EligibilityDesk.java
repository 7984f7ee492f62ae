package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.bank.domain.EligibilityJudge;
import cn.kaifeng.tfs.bank.domain.QueryPurpose;
import cn.kaifeng.tfs.bank.domain.QuerySubject;
import cn.kaifeng.tfs.intake.domain.ApplicationStatus;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.domain.VerificationCode;
import cn.kaifeng.tfs.letter.service.LetterVerification;
import cn.kaifeng.tfs.program.domain.ProgramCategory;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramCatalog;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static final Set<ProgramCategory> FOR_BANKS = Set.of(ProgramCategory.LOAN, ProgramCategory.FUND);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProgramCatalog catalog;

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
    @Transactional(Transactional.TxType.SUPPORTS)
    public EligibilityAnswer answer(long bankId, UnifiedSocialCreditCode code) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Object[]> organisation = em.createQuery(
                        "SELECT o.id, o.name FROM Organisation o WHERE o.creditCode = :code", Object[].class)
                .setParameter("code", code)
                .getResultList();
        if (organisation.isEmpty()) {
            return EligibilityAnswer.unauthorised(code.value(), now);
        }
        long enterpriseId = (Long) organisation.get(0)[0];
        LocalDate until = em.createQuery(
                        "SELECT MAX(c.expiresOn) FROM Consent c WHERE c.enterpriseId = :enterprise AND c.bankId = :bank"
                                + " AND c.revokedAt IS NULL AND c.expiresOn >= :today",
                        LocalDate.class)
                .setParameter("enterprise", enterpriseId)
                .setParameter("bank", bankId)
                .setParameter("today", today)
                .getSingleResult();
        if (until == null) {
            return EligibilityAnswer.unauthorised(code.value(), now);
        }
        List<ProgramDefinition> programs = catalog.current().stream()
                .filter(p -> FOR_BANKS.contains(p.category()))
                .toList();
        Map<String, Map<Long, CaseBuilder>> cases = cases(enterpriseId);
        Map<String, EligibilityJudge.Listing> listings = listings(enterpriseId);
        List<EligibilityAnswer.ProgramAnswer> answers = new ArrayList<>();
        for (ProgramDefinition p : programs) {
            List<EligibilityJudge.Case> ofProgram = cases.getOrDefault(p.code(), Map.of()).values().stream()
                    .map(CaseBuilder::build)
                    .toList();
            answers.add(new EligibilityAnswer.ProgramAnswer(
                    p.code(),
                    p.name(),
                    p.category(),
                    EligibilityJudge.judge(
                            p.code(), p.award().validMonths(), ofProgram, listings.get(p.code()), today)));
        }
        return new EligibilityAnswer(code.value(), true, (String) organisation.get(0)[1], until, answers, now);
    }

    private static final class CaseBuilder {
        final long id;
        final ApplicationStatus status;
        final List<EligibilityJudge.IssuedLetter> letters = new ArrayList<>();

        CaseBuilder(long id, ApplicationStatus status) {
            this.id = id;
            this.status = status;
        }

        EligibilityJudge.Case build() {
            return new EligibilityJudge.Case(id, status, letters);
        }
    }

    /** The enterprise's applications (not drafts) by program, with their letters: one query. */
    private Map<String, Map<Long, CaseBuilder>> cases(long enterpriseId) {
        List<Object[]> rows = em.createQuery(
                        "SELECT a.id, a.programCode, a.status, l.id, l.kind, l.number, l.verificationCode, l.amount,"
                                + " l.issuedAt, l.revokedAt"
                                + " FROM Application a LEFT JOIN Letter l ON l.applicationId = a.id"
                                + " WHERE a.organisation.id = :enterprise AND a.status <> :draft",
                        Object[].class)
                .setParameter("enterprise", enterpriseId)
                .setParameter("draft", ApplicationStatus.DRAFT)
                .getResultList();
        Map<String, Map<Long, CaseBuilder>> byProgram = new HashMap<>();
        for (Object[] r : rows) {
            CaseBuilder c = byProgram
                    .computeIfAbsent((String) r[1], k -> new LinkedHashMap<>())
                    .computeIfAbsent((Long) r[0], id -> new CaseBuilder(id, (ApplicationStatus) r[2]));
            if (r[3] != null) {
                c.letters.add(new EligibilityJudge.IssuedLetter(
                        (Long) r[3],
                        (LetterKind) r[4],
                        (String) r[5],
                        (String) r[6],
                        (Money) r[7],
                        (Instant) r[8],
                        (Instant) r[9]));
            }
        }
        return byProgram;
    }

    /** Each program's latest list, and which of the enterprise's letters are on it: two queries. */
    private Map<String, EligibilityJudge.Listing> listings(long enterpriseId) {
        List<Object[]> latest = em.createQuery(
                        "SELECT w.id, w.programCode, w.version, w.publishedAt FROM Whitelist w WHERE w.version ="
                                + " (SELECT MAX(x.version) FROM Whitelist x WHERE x.programCode = w.programCode)",
                        Object[].class)
                .getResultList();
        if (latest.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Long>> listed = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "SELECT e.whitelistId, e.letterId FROM WhitelistEntry e WHERE e.enterpriseId = :enterprise",
                        Object[].class)
                .setParameter("enterprise", enterpriseId)
                .getResultList()) {
            listed.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]);
        }
        Map<String, EligibilityJudge.Listing> byProgram = new HashMap<>();
        for (Object[] r : latest) {
            byProgram.put(
                    (String) r[1],
                    new EligibilityJudge.Listing(
                            (Integer) r[2], (Instant) r[3], listed.getOrDefault((Long) r[0], Set.of())));
        }
        return byProgram;
    }
}
