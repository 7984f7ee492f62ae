package cn.kaifeng.tfs.recovery.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.ledger.domain.Book;
import cn.kaifeng.tfs.ledger.service.Bookkeeper;
import cn.kaifeng.tfs.ledger.service.LedgerService;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.RecoveryTerms;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.recovery.domain.CreditRecord;
import cn.kaifeng.tfs.recovery.domain.CreditStatus;
import cn.kaifeng.tfs.recovery.domain.Debt;
import cn.kaifeng.tfs.recovery.domain.OrderStatus;
import cn.kaifeng.tfs.recovery.domain.RecoveryOrder;
import cn.kaifeng.tfs.recovery.domain.RecoveryPayment;
import cn.kaifeng.tfs.recovery.domain.RecoveryReason;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recovery orders (追回): a reviewer opens one on an award with money paid, records the payments received (each
 * posting its principal to the ledger as RECOVERED, with the order as source), and decides on a 失信 record when
 * the order is overdue. The applicant sees its own application's orders. Every change is audited.
 *
 * <p>Interest a payment settles is not posted to the ledger: the ledger recovers only what was paid to the award
 * (and refuses more), while the interest (资金占用费) is the treasury's non-tax revenue, kept on the payment row.
 */
@ApplicationScoped
@Transactional
public class RecoveryService {

    @Inject
    private Clock clock;

    /** Due dates and payment days are Beijing dates, as the bureau's letters are dated. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private ProgramService programs;

    @Inject
    private Bookkeeper bookkeeper;

    @Inject
    private LedgerService ledger;

    @Inject
    private AuditLog audit;

    @Inject
    private RecoveryNotices recoveryNotices;

    /** An order as the lists show it: with its award's number and organisation, and what is owed today. */
    public record OrderView(
            RecoveryOrder order,
            String applicationNumber,
            String organisationName,
            Debt.Standing owed,
            boolean overdue,
            List<RecoveryPayment> payments,
            CreditRecord creditRecord) {

        /** open, overdue or settled: the list's three groups. */
        public String state() {
            return order.status() == OrderStatus.SETTLED ? "settled" : overdue ? "overdue" : "open";
        }

        public Money owedTotal() {
            return Money.ofFen(owed.totalFen());
        }

        public Money owedPrincipal() {
            return Money.ofFen(owed.principalFen());
        }

        public Money owedInterest() {
            return Money.ofFen(owed.interestFen());
        }
    }

    /** What may still be recovered from an award: a reviewer's figure before opening an order. */
    public record Recoverable(Application application, Money paid, Money claimed, Money recoverable) {}

    /** The award's figures for the form that opens an order on it. */
    public Recoverable recoverable(String reviewer, long applicationId) {
        Application application = applications.numberedForReviewer(reviewer, applicationId);
        return recoverableOf(application);
    }

    /**
     * Opens a recovery order on an award: at most what was paid to it and not recovered, less what the open orders
     * on it still claim (the award's book is locked meanwhile, so two reviewers cannot both claim the same money).
     * The order takes the interest rate and 失信 period of the program version the award was made under, or, for a
     * version older than those terms, of the program's current version. Its recovery notice (追回通知) is issued with
     * it ({@link RecoveryNotices}). Also what the acceptance calls when a
     * project fails it ({@link RecoveryReason#FAILED_ACCEPTANCE}).
     */
    public RecoveryOrder open(
            String reviewer,
            long applicationId,
            Money amount,
            RecoveryReason reason,
            String reasonText,
            LocalDate dueDate) {
        Application application = applications.numberedForReviewer(reviewer, applicationId);
        Recoverable figures = recoverableOf(application);
        Optional<RecoveryTerms> terms = termsOf(application);
        RecoveryOrder order = new RecoveryOrder(
                application.id(),
                application.organisation().id(),
                application.programCode(),
                amount,
                figures.recoverable(),
                reason,
                reasonText,
                dueDate,
                terms.map(RecoveryTerms::annualInterestRate).orElse(null),
                terms.map(RecoveryTerms::creditRecordMonths).orElse(null),
                reviewer,
                clock.instant());
        em.persist(order);
        em.flush();
        recoveryNotices.opened(order, terms, reviewer);
        audit.record(
                reviewer,
                "RECOVERY_OPENED",
                "recovery:" + order.id(),
                null,
                application.number() + " " + amount + " " + reason + " due " + dueDate + ": " + order.reasonText());
        return order;
    }

    /**
     * A payment received on an order: interest first, then principal; the principal part is posted to the ledger
     * as RECOVERED from the award. Refused above what is owed on that day, on a settled order, for a day in the
     * future or before the last payment recorded.
     */
    public RecoveryPayment pay(String reviewer, long orderId, Money amount, LocalDate paidOn) {
        applications.requireRole(reviewer, Role.REVIEWER);
        if (paidOn != null && paidOn.isAfter(LocalDate.now(clock.withZone(CHINA)))) {
            throw new DomainException("recovery.paidOnFuture");
        }
        RecoveryOrder order = lock(orderId);
        RecoveryPayment payment = order.pay(paymentsOf(orderId), paidOn, amount, reviewer, clock.instant());
        em.persist(payment);
        if (!payment.principal().isZero()) {
            ledger.recover(order.applicationId(), payment.principal(), order.id(), reviewer);
        }
        audit.record(
                reviewer,
                "RECOVERY_PAYMENT",
                "recovery:" + order.id(),
                null,
                paidOn + " " + amount + " (interest " + payment.interest() + ", principal " + payment.principal() + ")"
                        + (order.status() == OrderStatus.SETTLED ? " settled" : ""));
        return payment;
    }

    /**
     * A reviewer's decision that the organisation of an overdue order is recorded as 失信, with a reason, from today
     * for the months the program sets. Refused when the order is not overdue, or a record for it is still in force.
     */
    public CreditRecord recordCredit(String reviewer, long orderId, String reason) {
        applications.requireRole(reviewer, Role.REVIEWER);
        RecoveryOrder order = lock(orderId);
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        int months = order.creditMonthsFor(today);
        Optional<CreditRecord> standing = recordOf(orderId, today);
        if (standing.isPresent()) {
            throw new DomainException(
                    "credit.alreadyRecorded",
                    String.valueOf(standing.get().id()),
                    standing.get().endsOn());
        }
        CreditRecord record =
                new CreditRecord(order.organisationId(), order.id(), reason, today, months, reviewer, clock.instant());
        em.persist(record);
        em.flush();
        audit.record(
                reviewer,
                "CREDIT_RECORDED",
                "organisation:" + order.organisationId(),
                null,
                "credit:" + record.id() + " recovery:" + order.id() + " " + record.startsOn() + "–" + record.endsOn()
                        + ": " + record.reason());
        return record;
    }

    /** Every order, newest first, for the bureau. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderView> orders(String reviewer) {
        applications.requireRole(reviewer, Role.REVIEWER);
        return views(em.createQuery(
                        "SELECT o, a.number, g.name FROM RecoveryOrder o, Application a JOIN a.organisation g"
                                + " WHERE a.id = o.applicationId ORDER BY o.id DESC",
                        Object[].class)
                .setMaxResults(500)
                .getResultList());
    }

    /** One order, for the bureau. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderView order(String reviewer, long orderId) {
        applications.requireRole(reviewer, Role.REVIEWER);
        return views(em.createQuery(
                                "SELECT o, a.number, g.name FROM RecoveryOrder o, Application a JOIN a.organisation g"
                                        + " WHERE a.id = o.applicationId AND o.id = :id",
                                Object[].class)
                        .setParameter("id", orderId)
                        .getResultList())
                .stream()
                .findFirst()
                .orElseThrow(() -> new DomainException("recovery.notFound"));
    }

    /** The orders on one of the caller's own applications (not found for another organisation's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderView> ordersOf(String applicant, long applicationId) {
        Application application = applications.mine(applicant, applicationId);
        return views(em.createQuery(
                        "SELECT o, a.number, g.name FROM RecoveryOrder o, Application a JOIN a.organisation g"
                                + " WHERE a.id = o.applicationId AND a.id = :id ORDER BY o.id DESC",
                        Object[].class)
                .setParameter("id", application.id())
                .getResultList());
    }

    private List<OrderView> views(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((RecoveryOrder) r[0]).id()).toList();
        Map<Long, List<RecoveryPayment>> payments = em
                .createQuery(
                        "SELECT p FROM RecoveryPayment p WHERE p.orderId IN :ids ORDER BY p.id", RecoveryPayment.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(RecoveryPayment::orderId));
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        Map<Long, CreditRecord> records = new HashMap<>();
        em.createQuery("SELECT r FROM CreditRecord r WHERE r.orderId IN :ids ORDER BY r.id", CreditRecord.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> records.put(r.orderId(), r)); // the latest per order
        return rows.stream()
                .map(r -> {
                    RecoveryOrder o = (RecoveryOrder) r[0];
                    List<RecoveryPayment> paid = payments.getOrDefault(o.id(), List.of());
                    return new OrderView(
                            o,
                            (String) r[1],
                            (String) r[2],
                            o.debt(paid).on(today),
                            o.overdueOn(today),
                            paid,
                            records.get(o.id()));
                })
                .toList();
    }

    private Recoverable recoverableOf(Application application) {
        long paidFen = 0;
        for (Book book : bookkeeper.lockBooksOf(application.id())) {
            paidFen += bookkeeper.shareOf(book, application.id()).paidFen();
        }
        long claimedFen = em
                .createQuery(
                        "SELECT o FROM RecoveryOrder o WHERE o.applicationId = :id AND o.status = :open",
                        RecoveryOrder.class)
                .setParameter("id", application.id())
                .setParameter("open", OrderStatus.OPEN)
                .getResultList()
                .stream()
                .mapToLong(RecoveryOrder::outstandingPrincipalFen)
                .sum();
        return new Recoverable(
                application,
                Money.ofFen(paidFen),
                Money.ofFen(claimedFen),
                Money.ofFen(Math.max(0, paidFen - claimedFen)));
    }

    private Optional<RecoveryTerms> termsOf(Application application) {
        Optional<RecoveryTerms> own = applications.programOf(application).recoveryTerms();
        return own.isPresent()
                ? own
                : programs.current(application.programCode()).flatMap(ProgramDefinition::recoveryTerms);
    }

    private RecoveryOrder lock(long orderId) {
        RecoveryOrder order = em.find(RecoveryOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new DomainException("recovery.notFound");
        }
        return order;
    }

    private List<RecoveryPayment> paymentsOf(long orderId) {
        return em.createQuery(
                        "SELECT p FROM RecoveryPayment p WHERE p.orderId = :id ORDER BY p.id", RecoveryPayment.class)
                .setParameter("id", orderId)
                .getResultList();
    }

    private Optional<CreditRecord> recordOf(long orderId, LocalDate day) {
        return em
                .createQuery("SELECT r FROM CreditRecord r WHERE r.orderId = :id", CreditRecord.class)
                .setParameter("id", orderId)
                .getResultList()
                .stream()
                .filter(r -> r.statusOn(day) == CreditStatus.ACTIVE)
                .findFirst();
    }
}
