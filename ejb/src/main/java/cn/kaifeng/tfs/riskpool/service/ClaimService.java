package cn.kaifeng.tfs.riskpool.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.attachment.service.AttachmentStore;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.bank.domain.LoanReport;
import cn.kaifeng.tfs.bank.domain.QueryChannel;
import cn.kaifeng.tfs.bank.service.BankCallerService;
import cn.kaifeng.tfs.bank.service.Caller;
import cn.kaifeng.tfs.bank.service.Idempotency;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.payment.domain.PaymentRequest;
import cn.kaifeng.tfs.payment.domain.PaymentSource;
import cn.kaifeng.tfs.payment.domain.PaymentStatus;
import cn.kaifeng.tfs.payment.service.PaymentSettled;
import cn.kaifeng.tfs.riskpool.domain.Claim;
import cn.kaifeng.tfs.riskpool.domain.ClaimFile;
import cn.kaifeng.tfs.riskpool.domain.ClaimState;
import cn.kaifeng.tfs.riskpool.domain.Coverage;
import cn.kaifeng.tfs.riskpool.domain.LoanCoverage;
import cn.kaifeng.tfs.riskpool.domain.LoanLife;
import cn.kaifeng.tfs.riskpool.domain.PoolAccount;
import cn.kaifeng.tfs.riskpool.domain.PoolAgreement;
import cn.kaifeng.tfs.riskpool.domain.PoolBook;
import cn.kaifeng.tfs.riskpool.domain.PoolPosting;
import cn.kaifeng.tfs.riskpool.domain.ReportedLoanEvent;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Claims (代偿申请): a bank claims for its own defaulted or written-off covered loan with its evidence; reviewers
 * approve or reject it, a second reviewer confirming above the agreement's threshold (四眼原则). The amount is fixed
 * at submission by the pool's rule ({@link PoolBook#claimable}) under the pool's lock, so what reviewers see is what
 * is paid. Every move is audited. A loan, another bank's claim or its evidence are "not found" for anyone but the
 * claiming bank and the bureau's reviewers.
 */
@ApplicationScoped
public class ClaimService {

    /** An evidence file as a bank sends it: its name and its bytes in Base64. */
    public record Evidence(String fileName, String content) {}

    /** A claim as a bank sends it. */
    public record Request(List<Evidence> evidence) {}

    /** The claim stored, and whether it was stored before under the same Idempotency-Key (a replay). */
    public record Outcome(Claim claim, boolean replayed) {}

    /** A claim with what a reviewer needs to decide it. */
    public record View(
            Claim claim,
            LoanReport loan,
            String bankName,
            String enterpriseName,
            LoanLife life,
            List<ReportedLoanEvent> events,
            LoanCoverage coverage,
            PoolAgreement agreement,
            Coverage.Exposure exposure,
            long poolBalanceFen,
            List<ClaimFile> files) {

        /** The bank's non-performing ratio in the pool now, per cent. */
        public String bankNonPerformingPercent() {
            return Coverage.ratioPercent(exposure).toPlainString();
        }
    }

    /** A downloaded piece of evidence. */
    public record Download(ClaimFile file, InputStream content) {}

    /** 10 MB a file: scans of a court judgment or a collection record. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    static final List<String> FILE_KINDS = List.of("PDF", "PNG", "JPEG");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PoolCatalog catalog;

    @Inject
    private PoolLedger ledger;

    @Inject
    private LoanCoverages coverages;

    @Inject
    private AttachmentStore store;

    @Inject
    private AccountService accounts;

    @Inject
    private BankCallerService callers;

    @Inject
    private AuditLog audit;

    @Inject
    private ClaimService self;

    @Inject
    private Clock clock;

    /** A bank claims for one of its loans; idempotent under its Idempotency-Key. */
    public Outcome submit(Caller caller, long loanId, Request request, String idempotencyKey) {
        Idempotency.requireWellFormed(idempotencyKey);
        if (request == null || request.evidence() == null) {
            throw new DomainException("bank.loan.bodyRequired");
        }
        List<byte[]> contents = decode(request.evidence());
        String hash = hash(loanId, request.evidence(), contents);
        return Idempotency.once(
                idempotencyKey,
                () -> self.earlier(caller.bankId(), idempotencyKey, hash),
                () -> self.record(caller, loanId, request.evidence(), contents, idempotencyKey, hash));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outcome> earlier(long bankId, String key, String hash) {
        List<Claim> found = em.createQuery(
                        "SELECT c FROM PoolClaim c WHERE c.bankId = :bank AND c.idempotencyKey = :key", Claim.class)
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
    public Outcome record(
            Caller caller, long loanId, List<Evidence> evidence, List<byte[]> contents, String key, String hash) {
        LoanReport report = em.find(LoanReport.class, loanId);
        if (report == null || report.bankId() != caller.bankId()) {
            throw new DomainException("bank.loan.notFound");
        }
        LoanCoverage coverage = em.find(LoanCoverage.class, loanId);
        if (coverage == null || !coverage.covered()) {
            throw new DomainException("riskpool.loan.notCovered");
        }
        PoolAgreement agreement = catalog.version(coverage.poolVersionId()).agreement();
        // the pool first, then the loan: the order of every decision on the pool
        ledger.lockedBook(agreement.code());
        report = em.find(LoanReport.class, loanId, LockModeType.PESSIMISTIC_WRITE);
        LoanLife life = LoanEventService.life(report, events(loanId));
        long amount = PoolBook.claimable(agreement, life, claimOf(loanId).isPresent());
        Claim claim = new Claim(
                loanId,
                amount,
                agreement.secondApprovalAboveFen(),
                evidence.size(),
                caller.bankId(),
                agreement.code(),
                caller.name(),
                clock.instant(),
                key,
                hash);
        em.persist(claim);
        em.flush();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            ClaimFile file = new ClaimFile(
                    claim.id(),
                    store.keepChecked(
                            new ByteArrayInputStream(contents.get(i)),
                            evidence.get(i).fileName(),
                            caller.name(),
                            MAX_FILE_BYTES,
                            FILE_KINDS));
            em.persist(file);
            kept.add(file.file().fileName() + " sha256=" + file.file().sha256());
        }
        em.flush();
        audit.record(
                caller.name(),
                "CLAIM_SUBMITTED",
                subject(claim),
                null,
                "loan:" + loanId + " amount_fen=" + amount + " files=" + kept);
        return new Outcome(claim, false);
    }

    /** The claim on one of the bank's loans, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Claim> forBank(Caller caller, long loanId) {
        return claimOf(loanId).filter(c -> c.bankId() == caller.bankId());
    }

    /** Every claim for the reviewers' list: those waiting for a decision first, then the newest. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Claim> list(String reviewer) {
        requireReviewer(reviewer);
        return em.createQuery("SELECT c FROM PoolClaim c ORDER BY c.submittedAt DESC, c.id DESC", Claim.class)
                .setMaxResults(500)
                .getResultStream()
                .sorted(java.util.Comparator.comparing(c -> !waiting(c.state())))
                .toList();
    }

    private static boolean waiting(ClaimState state) {
        return state == ClaimState.SUBMITTED || state == ClaimState.AWAITING_SECOND_APPROVAL;
    }

    /** One claim with the loan's life, coverage, caps, leverage, the bank's ratio and the evidence. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public View forReviewer(String reviewer, long claimId) {
        requireReviewer(reviewer);
        Claim claim = find(claimId);
        LoanReport loan = em.find(LoanReport.class, claim.loanId());
        List<ReportedLoanEvent> events = events(loan.id());
        LoanCoverage coverage = em.find(LoanCoverage.class, loan.id());
        return new View(
                claim,
                loan,
                em.find(Organisation.class, claim.bankId()).name(),
                em.find(Organisation.class, loan.enterpriseId()).name(),
                LoanEventService.life(loan, events),
                events,
                coverage,
                catalog.version(coverage.poolVersionId()).agreement(),
                coverages.exposure(claim.poolCode(), claim.bankId()),
                ledger.balance(claim.poolCode(), PoolAccount.POOL),
                files(claimId));
    }

    /** The first reviewer's decision; {@code seenVersion} refuses a decision on a claim changed meanwhile. */
    @Transactional
    public Claim review(String reviewer, long claimId, long seenVersion, boolean approve, String reason) {
        requireReviewer(reviewer);
        Claim claim = locked(claimId, seenVersion);
        ClaimState before = claim.state();
        claim.review(reviewer, approve, reason);
        return decided(reviewer, claim, before, "CLAIM_REVIEWED");
    }

    /** The second reviewer's confirmation above the threshold: another reviewer than the first. */
    @Transactional
    public Claim confirm(String reviewer, long claimId, long seenVersion, boolean approve, String reason) {
        requireReviewer(reviewer);
        Claim claim = locked(claimId, seenVersion);
        ClaimState before = claim.state();
        claim.confirm(reviewer, approve, reason);
        return decided(reviewer, claim, before, "CLAIM_CONFIRMED");
    }

    private Claim decided(String reviewer, Claim claim, ClaimState before, String action) {
        claim.decidedAt(clock.instant());
        em.flush();
        if (claim.state() == ClaimState.APPROVED) {
            requestPayout(reviewer, claim);
        }
        audit.record(
                reviewer,
                action,
                subject(claim),
                before.name(),
                claim.state().name() + (claim.reason() == null ? "" : " " + claim.reason()));
        return claim;
    }

    /**
     * The approved claim's payout as a payment request to the bank, through the treasury payment file like a tranche:
     * the finance approvals follow. Refused now, under the pool's lock, when the pool has not the money for it beside
     * the claims already on their way to the treasury, so the payout the treasury makes can always be posted.
     */
    private void requestPayout(String reviewer, Claim claim) {
        ledger.lockedBook(claim.poolCode());
        long inFlight = em.createQuery(
                        "SELECT COALESCE(SUM(p.amountFen), 0) FROM PaymentRequest p"
                                + " WHERE p.sourceKind = :claim AND p.programCode = :pool AND p.status <> :paid",
                        Long.class)
                .setParameter("claim", PaymentSource.CLAIM)
                .setParameter("pool", claim.poolCode())
                .setParameter("paid", PaymentStatus.PAID)
                .getSingleResult();
        PoolBook.requireAffordable(claim.amountFen(), ledger.balance(claim.poolCode(), PoolAccount.POOL) - inFlight);
        PaymentRequest payout = PaymentRequest.forClaim(
                claim.id(),
                claim.poolCode(),
                claim.bankId(),
                claim.amountFen(),
                "风险补偿代偿 贷款 " + claim.loanId(),
                "风险补偿资金池 " + claim.poolCode(),
                claim.secondApprovalAboveFen(),
                reviewer,
                clock.instant());
        em.persist(payout);
        em.flush();
        audit.record(reviewer, "PAYMENT_REQUESTED", payout.auditSubject(), null, subject(claim));
    }

    /**
     * The treasury paid a claim's payout: the pool's book takes it (CLAIMS from POOL, the claim as source) and the
     * claim is PAID, in the return file's import transaction; a pool without the money refuses the whole import.
     */
    void paid(@Observes PaymentSettled paid) {
        if (paid.source() != PaymentSource.CLAIM) {
            return;
        }
        Claim claim = em.find(Claim.class, paid.sourceId());
        ledger.lockedBook(claim.poolCode());
        em.lock(claim, LockModeType.PESSIMISTIC_WRITE);
        claim.paid();
        ledger.post(
                claim.poolCode(),
                new PoolPosting(
                        PoolAccount.CLAIMS,
                        PoolAccount.POOL,
                        paid.amountFen(),
                        new PoolPosting.Source(PoolPosting.SourceKind.CLAIM, claim.id())),
                paid.by());
        audit.record(
                paid.by(), "CLAIM_PAID", subject(claim), ClaimState.APPROVED.name(), "payment:" + paid.paymentId());
    }

    /** A piece of evidence, for reviewers and the claiming bank's officers only; "not found" for anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download openFile(String username, long fileId) {
        ClaimFile file = em.find(ClaimFile.class, fileId);
        if (file == null) {
            throw new DomainException("riskpool.claim.notFound");
        }
        Claim claim = find(file.claimId());
        boolean reviewer = isReviewer(username);
        boolean claimant = callers.of(username, QueryChannel.WEB)
                .filter(c -> c.bankId() == claim.bankId())
                .isPresent();
        if (!reviewer && !claimant) {
            throw new DomainException("riskpool.claim.notFound");
        }
        return new Download(
                file, store.open(file.file().storageKey(), file.file().sha256()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimFile> files(long claimId) {
        return em.createQuery("SELECT f FROM ClaimFile f WHERE f.claimId = :claim ORDER BY f.id", ClaimFile.class)
                .setParameter("claim", claimId)
                .getResultList();
    }

    public static String subject(Claim claim) {
        return "claim:" + claim.id();
    }

    private Claim locked(long claimId, long seenVersion) {
        Claim claim = em.find(Claim.class, claimId, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw new DomainException("riskpool.claim.notFound");
        }
        if (claim.rowVersion() != seenVersion) {
            throw new DomainException("riskpool.claim.changedMeanwhile");
        }
        return claim;
    }

    private Claim find(long claimId) {
        Claim claim = em.find(Claim.class, claimId);
        if (claim == null) {
            throw new DomainException("riskpool.claim.notFound");
        }
        return claim;
    }

    private Optional<Claim> claimOf(long loanId) {
        return em.createQuery("SELECT c FROM PoolClaim c WHERE c.loanId = :loan", Claim.class)
                .setParameter("loan", loanId)
                .getResultStream()
                .findFirst();
    }

    private List<ReportedLoanEvent> events(long loanId) {
        return em.createQuery(
                        "SELECT e FROM ReportedLoanEvent e WHERE e.loanReportId = :loan ORDER BY e.id",
                        ReportedLoanEvent.class)
                .setParameter("loan", loanId)
                .getResultList();
    }

    private boolean isReviewer(String username) {
        return username != null
                && accounts.findByUsername(username)
                        .filter(a -> a.hasRole(Role.REVIEWER))
                        .isPresent();
    }

    private void requireReviewer(String username) {
        if (!isReviewer(username)) {
            throw new DomainException("riskpool.claim.notFound");
        }
    }

    private static List<byte[]> decode(List<Evidence> evidence) {
        if (evidence.isEmpty() || evidence.size() > Claim.MAX_EVIDENCE) {
            throw new DomainException("riskpool.claim.evidence", Claim.MAX_EVIDENCE);
        }
        List<byte[]> contents = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e == null || e.fileName() == null || e.fileName().isBlank() || e.content() == null) {
                throw new DomainException("riskpool.claim.evidenceMissing");
            }
            // Base64 is 4/3 of the bytes: refuse before decoding what cannot fit
            if (e.content().length() > (MAX_FILE_BYTES / 3 + 1) * 4) {
                throw new DomainException("attachment.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
            }
            try {
                contents.add(Base64.getMimeDecoder().decode(e.content()));
            } catch (IllegalArgumentException bad) {
                throw new DomainException("riskpool.claim.evidenceEncoding");
            }
        }
        return contents;
    }

    static String hash(long loanId, List<Evidence> evidence, List<byte[]> contents) {
        StringBuilder text = new StringBuilder(String.valueOf(loanId));
        for (int i = 0; i < evidence.size(); i++) {
            text.append('\n').append(evidence.get(i).fileName()).append('=').append(Sha256.hex(contents.get(i)));
        }
        return Sha256.hex(text.toString());
    }
}
