package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.bank.domain.EligibilityJudge;
import cn.kaifeng.tfs.bank.domain.LoanReport;
import cn.kaifeng.tfs.bank.domain.Support;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.letter.domain.Letter;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.domain.VerificationCode;
import cn.kaifeng.tfs.program.domain.AwardRule;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shared.domain.Sha256;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loans banks report against approved support. A report names the letter (by its verification code) and the
 * enterprise (by credit code); the bank must hold the enterprise's authorisation, the letter must be an approval
 * in force, and the loan must be granted within the support's window.
 *
 * <p>Idempotency (the {@code Idempotency-Key} header): the same key with the same request finds the first report;
 * the same key with a different request is refused, so a retry can never record a loan twice or change one.
 */
@ApplicationScoped
public class LoanReportService {

    public static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,64}");

    /** What a bank sends. */
    public record Request(
            String verificationCode, String creditCode, BigDecimal amount, Integer termMonths, LocalDate grantedOn) {}

    /** The report, and whether it was made before (a replay of the same request). */
    public record Outcome(LoanReport report, boolean replayed) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProgramService catalog;

    @Inject
    private AuditLog audit;

    @Inject
    private LoanReportService self;

    @Inject
    private Clock clock;

    @Inject
    private jakarta.enterprise.event.Event<LoanReported> reported;

    public Outcome report(Caller caller, Request request, String idempotencyKey) {
        Idempotency.requireWellFormed(idempotencyKey);
        String hash = hash(request);
        return Idempotency.once(
                idempotencyKey,
                () -> self.earlier(caller.bankId(), idempotencyKey, hash),
                () -> new Outcome(self.record(caller, request, idempotencyKey, hash), false));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outcome> earlier(long bankId, String key, String hash) {
        List<LoanReport> found = em.createQuery(
                        "SELECT r FROM LoanReport r WHERE r.bankId = :bank AND r.idempotencyKey = :key",
                        LoanReport.class)
                .setParameter("bank", bankId)
                .setParameter("key", key)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (!found.get(0).requestSha256().equals(hash)) {
            throw new DomainException("bank.idempotencyKey.reused");
        }
        return Optional.of(new Outcome(found.get(0), true));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoanReport record(Caller caller, Request request, String key, String hash) {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(request.creditCode());
        String vc = VerificationCode.normalise(request.verificationCode())
                .orElseThrow(() -> new DomainException("bank.loan.letterUnknown"));
        List<Letter> letters = em.createQuery("SELECT l FROM Letter l WHERE l.verificationCode = :code", Letter.class)
                .setParameter("code", vc)
                .getResultList();
        if (letters.isEmpty()) {
            throw new DomainException("bank.loan.letterUnknown");
        }
        Letter letter = letters.get(0);
        Application application = em.find(Application.class, letter.applicationId());
        if (!code.equals(application.organisation().creditCode())) {
            throw new DomainException("bank.loan.letterNotOfEnterprise");
        }
        long enterpriseId = application.organisation().id();
        LocalDate today = LocalDate.now(clock.withZone(EligibilityJudge.ZONE));
        Long consents = em.createQuery(
                        "SELECT COUNT(c) FROM Consent c WHERE c.enterpriseId = :enterprise AND c.bankId = :bank"
                                + " AND c.revokedAt IS NULL AND c.expiresOn >= :today",
                        Long.class)
                .setParameter("enterprise", enterpriseId)
                .setParameter("bank", caller.bankId())
                .setParameter("today", today)
                .getSingleResult();
        if (consents == 0) {
            throw new DomainException("bank.loan.noAuthorisation");
        }
        if (letter.kind() != LetterKind.APPROVAL) {
            throw new DomainException("bank.loan.notAnApproval");
        }
        if (letter.revoked()) {
            throw new DomainException("bank.loan.letterRevoked");
        }
        int validMonths = catalog.current(letter.programCode())
                .map(p -> p.award().validMonths())
                .orElse(AwardRule.DEFAULT_VALID_MONTHS);
        Support support = EligibilityJudge.support(EligibilityJudge.IssuedLetter.of(letter), validMonths);
        Money amount;
        try {
            amount = request.amount() == null ? null : Money.ofYuan(request.amount());
        } catch (DomainException e) {
            throw new DomainException("bank.loan.amountPositive");
        }
        LoanReport report = new LoanReport(
                caller.bankId(),
                enterpriseId,
                letter.programCode(),
                support,
                amount,
                request.termMonths() == null ? 0 : request.termMonths(),
                request.grantedOn(),
                caller.name(),
                clock.instant(),
                key,
                hash);
        em.persist(report);
        em.flush();
        reported.fire(new LoanReported(report.id()));
        audit.record(
                caller.name(),
                "LOAN_REPORTED",
                "letter:" + letter.id(),
                null,
                amount.yuan().toPlainString() + " yuan, " + report.termMonths() + " months, granted "
                        + report.grantedOn());
        return report;
    }

    /** A bank's own reports, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LoanReport> of(long bankId, int max) {
        return em.createQuery("SELECT r FROM LoanReport r WHERE r.bankId = :bank ORDER BY r.id DESC", LoanReport.class)
                .setParameter("bank", bankId)
                .setMaxResults(max)
                .getResultList();
    }

    /** One report, only for the bank that made it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LoanReport> find(long bankId, long id) {
        LoanReport r = em.find(LoanReport.class, id);
        return r == null || r.bankId() != bankId ? Optional.empty() : Optional.of(r);
    }

    static String hash(Request r) {
        String canonical = String.join(
                "\n",
                String.valueOf(r.verificationCode()),
                String.valueOf(r.creditCode()),
                r.amount() == null ? "null" : r.amount().stripTrailingZeros().toPlainString(),
                String.valueOf(r.termMonths()),
                String.valueOf(r.grantedOn()));
        return Sha256.hex(canonical);
    }
}
