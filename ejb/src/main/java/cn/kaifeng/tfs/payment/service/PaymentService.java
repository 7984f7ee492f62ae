package cn.kaifeng.tfs.payment.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.ledger.domain.Book;
import cn.kaifeng.tfs.ledger.service.Bookkeeper;
import cn.kaifeng.tfs.payment.domain.AwardCover;
import cn.kaifeng.tfs.payment.domain.FinanceOfficer;
import cn.kaifeng.tfs.payment.domain.PayeeAccount;
import cn.kaifeng.tfs.payment.domain.PaymentRequest;
import cn.kaifeng.tfs.payment.domain.PaymentSource;
import cn.kaifeng.tfs.payment.domain.PaymentStatus;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The payment requests' approvals: the reviewer's (审核) and the finance officers' (财务审批), the queue they work
 * from, the applicant's view of its tranches, and which reviewers are finance officers. The final finance approval
 * locks the award's book in the ledger (as every ledger operation does) before it checks the award's cover, so two
 * finance officers approving two tranches of one award at the same moment, on two nodes, are checked one after the
 * other against what the first left.
 */
@ApplicationScoped
@Transactional
public class PaymentService {

    @Inject
    private Clock clock;

    /** Statuses shown in the bureau's queue: everything not yet paid. */
    private static final List<PaymentStatus> OPEN = List.of(
            PaymentStatus.REQUESTED,
            PaymentStatus.REVIEWED,
            PaymentStatus.FIRST_APPROVED,
            PaymentStatus.FAILED,
            PaymentStatus.APPROVED,
            PaymentStatus.IN_FILE);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private ApplicationService applications;

    @Inject
    private Bookkeeper bookkeeper;

    @Inject
    private AuditLog audit;

    /** The bureau's queue: open requests, oldest first; paid ones are in the ledger. For reviewers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PaymentRequest> queue(String username) {
        applications.requireRole(username, Role.REVIEWER);
        return em.createQuery(
                        "SELECT p FROM PaymentRequest p WHERE p.status IN :open ORDER BY p.requestedAt, p.id",
                        PaymentRequest.class)
                .setParameter("open", OPEN)
                .getResultList();
    }

    /** The payment requests of the caller's own application, by tranche. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PaymentRequest> ofApplication(String username, long applicationId) {
        applications.mine(username, applicationId);
        return em.createQuery(
                        "SELECT p FROM PaymentRequest p WHERE p.applicationId = :app ORDER BY p.trancheNo",
                        PaymentRequest.class)
                .setParameter("app", applicationId)
                .getResultList();
    }

    /** The reviewer's approval: the tranche is due and the case in order. */
    public PaymentRequest review(String username, long paymentId, long seenVersion) {
        applications.requireRole(username, Role.REVIEWER);
        PaymentRequest request = lock(paymentId, seenVersion);
        String before = request.status().name();
        request.review(username);
        audit.record(
                username,
                "PAYMENT_REVIEWED",
                request.auditSubject(),
                before,
                request.status().name());
        return request;
    }

    /**
     * A finance officer's approval. Refused while the payee has no bank account; the approval that makes the request
     * APPROVED is refused beyond what the award still covers (committed in the ledger, less payments in flight).
     */
    public PaymentRequest approve(String username, long paymentId, long seenVersion) {
        requireFinanceOfficer(username);
        PaymentRequest request = lock(paymentId, seenVersion);
        if (em.find(PayeeAccount.class, request.organisationId()) == null) {
            throw new DomainException("payment.noAccount");
        }
        // a tranche is covered by its award in the ledger; a claim's payout by the pool, checked when it is posted
        if (request.nextApprovalCompletes() && request.sourceKind() == PaymentSource.TRANCHE) {
            coverOf(request).require(request.amountFen());
        }
        String before = request.status().name();
        request.approve(username, clock.instant());
        audit.record(
                username,
                "PAYMENT_FINANCE_APPROVED",
                request.auditSubject(),
                before,
                request.status().name());
        return request;
    }

    /** What the award of this request still covers, its ledger book(s) locked for this transaction. */
    private AwardCover coverOf(PaymentRequest request) {
        List<Book> books = bookkeeper.lockBooksOf(request.applicationId());
        long committed = books.stream()
                .mapToLong(b -> bookkeeper.shareOf(b, request.applicationId()).committedFen())
                .sum();
        Long inFlight = em.createQuery(
                        "SELECT COALESCE(SUM(p.amountFen), 0) FROM PaymentRequest p"
                                + " WHERE p.applicationId = :app AND p.status IN :flying AND p.id <> :me",
                        Long.class)
                .setParameter("app", request.applicationId())
                .setParameter("flying", List.of(PaymentStatus.APPROVED, PaymentStatus.IN_FILE))
                .setParameter("me", request.id())
                .getSingleResult();
        return new AwardCover(committed, inFlight);
    }

    private PaymentRequest lock(long paymentId, long seenVersion) {
        PaymentRequest request = em.find(PaymentRequest.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new DomainException("payment.notFound");
        }
        if (request.rowVersion() != seenVersion) {
            throw new DomainException("payment.changedMeanwhile");
        }
        return request;
    }

    /** Whether this user may give the finance approval (a reviewer an administrator made a finance officer). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isFinanceOfficer(String username) {
        return username != null
                && accounts.findByUsername(username)
                        .filter(a -> a.hasRole(Role.REVIEWER) && a.enabled())
                        .isPresent()
                && em.find(FinanceOfficer.class, username) != null;
    }

    public void requireFinanceOfficer(String username) {
        if (!isFinanceOfficer(username)) {
            throw new DomainException("payment.notFinanceOfficer");
        }
    }

    /** The bureau's reviewers, for the administrator granting the finance permission. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> reviewers(String admin) {
        applications.requireRole(admin, Role.ADMIN);
        return accounts.list().stream().filter(a -> a.hasRole(Role.REVIEWER)).toList();
    }

    /** The finance officers' names, for the administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> financeOfficers(String admin) {
        applications.requireRole(admin, Role.ADMIN);
        return em.createQuery("SELECT f.username FROM FinanceOfficer f ORDER BY f.username", String.class)
                .getResultList();
    }

    /** An administrator makes a reviewer a finance officer, or takes it back. */
    public void setFinanceOfficer(String admin, String username, boolean granted) {
        applications.requireRole(admin, Role.ADMIN);
        UserAccount account = accounts.findByUsername(username)
                .filter(a -> a.hasRole(Role.REVIEWER))
                .orElseThrow(() -> new DomainException("payment.notReviewer"));
        FinanceOfficer existing = em.find(FinanceOfficer.class, account.username());
        if (granted && existing == null) {
            em.persist(new FinanceOfficer(account.username(), admin, clock.instant()));
            audit.record(admin, "FINANCE_OFFICER_GRANTED", "account:" + account.username(), null, "FINANCE");
        } else if (!granted && existing != null) {
            em.remove(existing);
            audit.record(admin, "FINANCE_OFFICER_REVOKED", "account:" + account.username(), "FINANCE", null);
        }
    }
}
