package cn.kaifeng.tfs.riskpool.service;

import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.bank.domain.EligibilityJudge;
import cn.kaifeng.tfs.bank.domain.LoanReport;
import cn.kaifeng.tfs.bank.service.Caller;
import cn.kaifeng.tfs.bank.service.Idempotency;
import cn.kaifeng.tfs.riskpool.domain.ClaimState;
import cn.kaifeng.tfs.riskpool.domain.LoanCoverage;
import cn.kaifeng.tfs.riskpool.domain.LoanEvent;
import cn.kaifeng.tfs.riskpool.domain.LoanEventCsv;
import cn.kaifeng.tfs.riskpool.domain.LoanLife;
import cn.kaifeng.tfs.riskpool.domain.PoolAccount;
import cn.kaifeng.tfs.riskpool.domain.PoolAgreement;
import cn.kaifeng.tfs.riskpool.domain.PoolBook;
import cn.kaifeng.tfs.riskpool.domain.PoolPosting;
import cn.kaifeng.tfs.riskpool.domain.ReportedLoanEvent;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shared.domain.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What banks report about their own loans after granting them: drawdowns, the repayment plan, repayments, days past
 * due, default, write-off, recoveries. Each event is checked against the loan's life so far ({@link LoanLife}: dates
 * in order, no repayment above what is outstanding, ...) and stored with it; the pool's count of a covered loan
 * follows. Only the bank that reported the loan may report on it; another bank is told the loan does not exist.
 *
 * <p>Idempotency as for loan reports: the same {@code Idempotency-Key} with the same request finds the first event;
 * with a different request it is refused.
 */
@ApplicationScoped
public class LoanEventService {

    /** One line of a repayment plan as sent: the due day and the principal in yuan. */
    public record PlanLine(LocalDate dueOn, BigDecimal principal) {}

    /** An event as a bank sends it; amounts in yuan, which fields apply depends on the kind. */
    public record Request(
            String kind,
            LocalDate on,
            BigDecimal principal,
            BigDecimal interest,
            Integer daysPastDue,
            List<PlanLine> plan) {}

    /** The event stored, the loan after it, and whether it was stored before (a replay). */
    public record Outcome(ReportedLoanEvent event, LoanLife life, boolean replayed) {}

    /** A loan with its events and the pool's decision (empty when no pool covers its program). */
    public record LoanView(
            LoanReport report, LoanLife life, List<ReportedLoanEvent> events, Optional<LoanCoverage> coverage) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PoolCatalog catalog;

    @Inject
    private AuditLog audit;

    @Inject
    private LoanEventService self;

    @Inject
    private PoolLedger ledger;

    @Inject
    private Clock clock;

    public Outcome report(Caller caller, long loanId, Request request, String idempotencyKey) {
        Idempotency.requireWellFormed(idempotencyKey);
        if (request == null) {
            throw new DomainException("bank.loan.bodyRequired");
        }
        String hash = hash(loanId, request);
        return Idempotency.once(
                idempotencyKey,
                () -> self.earlier(caller.bankId(), idempotencyKey, hash),
                () -> self.record(caller, loanId, request, idempotencyKey, hash));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outcome> earlier(long bankId, String key, String hash) {
        List<ReportedLoanEvent> found = em.createQuery(
                        "SELECT e FROM ReportedLoanEvent e WHERE e.bankId = :bank AND e.idempotencyKey = :key",
                        ReportedLoanEvent.class)
                .setParameter("bank", bankId)
                .setParameter("key", key)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReportedLoanEvent event = found.get(0);
        if (!event.requestSha256().equals(hash)) {
            throw new DomainException("bank.idempotencyKey.reused");
        }
        LoanReport report = em.find(LoanReport.class, event.loanReportId());
        return Optional.of(new Outcome(event, life(report, events(report.id())), true));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome record(Caller caller, long loanId, Request request, String key, String hash) {
        return apply(caller, loanId, event(request), key, hash);
    }

    /** What an upload found wrong, line by line; nothing of the file was stored. */
    public static final class UploadRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient List<LoanEventCsv.Problem> problems;

        UploadRefused(List<LoanEventCsv.Problem> problems) {
            super(problems.size() + " problem(s) in the uploaded file");
            this.problems = List.copyOf(problems);
        }

        public List<LoanEventCsv.Problem> problems() {
            return problems;
        }
    }

    /**
     * Records the events of an uploaded CSV file ({@link LoanEventCsv}) in one transaction, in the file's order, each
     * checked as if sent through the API: all of them, or none when any line has a problem (every line's problems
     * are then reported, by line number). Returns the number of events stored.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = UploadRefused.class)
    public int upload(Caller caller, byte[] content) {
        LoanEventCsv.Result read = LoanEventCsv.read(content);
        if (!read.problems().isEmpty()) {
            throw new UploadRefused(read.problems());
        }
        List<LoanEventCsv.Problem> problems = new java.util.ArrayList<>();
        for (LoanEventCsv.Line line : read.lines()) {
            Request request = new Request(
                    line.kind(),
                    line.on(),
                    line.principal(),
                    line.interest(),
                    line.daysPastDue(),
                    line.plan() == null
                            ? null
                            : line.plan().stream()
                                    .map(p -> new PlanLine(p.dueOn(), p.principal()))
                                    .toList());
            try {
                apply(caller, line.loanId(), event(request), null, hash(line.loanId(), request));
            } catch (DomainException e) {
                problems.add(new LoanEventCsv.Problem(
                        line.number(),
                        e.messageKey(),
                        java.util.Arrays.stream(e.arguments())
                                .map(String::valueOf)
                                .toList()));
            }
        }
        if (!problems.isEmpty()) {
            throw new UploadRefused(problems);
        }
        return read.lines().size();
    }

    private Outcome apply(Caller caller, long loanId, LoanEvent event, String key, String hash) {
        LoanReport report = own(caller, loanId);
        Optional<LoanCoverage> coverage = Optional.ofNullable(em.find(LoanCoverage.class, loanId));
        // Only a recovery takes the pool's lock (the pool first, then the loan: the order of every decision on the
        // pool, so they cannot deadlock): it may bring the pool money back, and must not cross the payout of the
        // loan's claim. Every other event locks the loan alone. None raises what the pool counts (a covered balance
        // only falls), and a coverage decision reads the balances and the non-performing flags in one statement, so
        // a decision beside an event reads the figures from before it or after it, as one of the two serial orders
        // would. With the pool's lock on every event, each event of a pool waited for the one before it to commit
        // (bench/pool-load.sh, docs/performance.md).
        if (event instanceof LoanEvent.Recovery) {
            coverage.ifPresent(c ->
                    catalog.lock(catalog.version(c.poolVersionId()).agreement().code()));
        }
        report = em.find(LoanReport.class, loanId, LockModeType.PESSIMISTIC_WRITE);
        LoanLife life = life(report, events(loanId));
        life.apply(event, LocalDate.now(clock.withZone(EligibilityJudge.ZONE)));
        ReportedLoanEvent stored =
                new ReportedLoanEvent(loanId, caller.bankId(), event, caller.name(), clock.instant(), key, hash);
        em.persist(stored);
        coverage.ifPresent(c -> c.follow(life));
        em.flush();
        if (event instanceof LoanEvent.Recovery r && coverage.isPresent()) {
            recovered(loanId, coverage.get(), stored, r, caller.name());
        }
        audit.record(caller.name(), "LOAN_EVENT_" + stored.kind(), "loan:" + loanId, null, String.valueOf(event));
        return new Outcome(stored, life, false);
    }

    /**
     * A recovery on a loan whose claim was paid brings the pool its share back (the agreed ratios, as the domain book
     * does in {@link PoolBook#event}), posted with the event as its source. Before the
     * payout a recovery only lowers what the claim pays; the pool's lock is held already.
     */
    private void recovered(
            long loanId, LoanCoverage coverage, ReportedLoanEvent stored, LoanEvent.Recovery r, String by) {
        boolean paid = !em.createQuery(
                        "SELECT c.id FROM PoolClaim c WHERE c.loanId = :loan AND c.state = :paid", Long.class)
                .setParameter("loan", loanId)
                .setParameter("paid", ClaimState.PAID)
                .getResultList()
                .isEmpty();
        if (!paid) {
            return;
        }
        PoolAgreement agreement = catalog.version(coverage.poolVersionId()).agreement();
        long back = PoolBook.recoveryShare(agreement, r.amountFen());
        if (back > 0) {
            ledger.lockedBook(agreement.code());
            ledger.post(
                    agreement.code(),
                    new PoolPosting(
                            PoolAccount.POOL,
                            PoolAccount.RECOVERED,
                            back,
                            new PoolPosting.Source(PoolPosting.SourceKind.LOAN_EVENT, stored.id())),
                    by);
        }
    }

    /** One of the bank's own loans with its events and coverage. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LoanView loan(Caller caller, long loanId) {
        LoanReport report = own(caller, loanId);
        List<ReportedLoanEvent> events = events(loanId);
        return new LoanView(
                report, life(report, events), events, Optional.ofNullable(em.find(LoanCoverage.class, loanId)));
    }

    private LoanReport own(Caller caller, long loanId) {
        LoanReport report = em.find(LoanReport.class, loanId);
        if (report == null || report.bankId() != caller.bankId()) {
            throw new DomainException("bank.loan.notFound");
        }
        return report;
    }

    private List<ReportedLoanEvent> events(long loanId) {
        return em.createQuery(
                        "SELECT e FROM ReportedLoanEvent e WHERE e.loanReportId = :loan ORDER BY e.id",
                        ReportedLoanEvent.class)
                .setParameter("loan", loanId)
                .getResultList();
    }

    static LoanLife life(LoanReport report, List<ReportedLoanEvent> events) {
        LoanLife life = new LoanLife(report.amount().fen(), report.grantedOn());
        // each stored event was checked on the day it was reported; it fitted then and fits now
        events.forEach(e -> life.apply(e.event(), LocalDate.MAX));
        return life;
    }

    /** The request as a domain event, or the first thing wrong with it. */
    static LoanEvent event(Request r) {
        ReportedLoanEvent.Kind kind;
        try {
            kind = ReportedLoanEvent.Kind.valueOf(String.valueOf(r.kind()).strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("riskpool.event.kindUnknown");
        }
        if (r.on() == null) {
            throw new DomainException("riskpool.event.dateRequired");
        }
        return switch (kind) {
            case DRAWDOWN -> new LoanEvent.Drawdown(r.on(), fen(r.principal()));
            case REPAYMENT_PLAN -> new LoanEvent.RepaymentPlan(r.on(), plan(r.plan()));
            case REPAYMENT ->
                new LoanEvent.Repayment(
                        r.on(),
                        r.principal() == null ? 0 : fen(r.principal()),
                        r.interest() == null ? 0 : fen(r.interest()));
            case PAST_DUE -> {
                if (r.daysPastDue() == null) {
                    throw new DomainException("riskpool.event.daysRequired");
                }
                yield new LoanEvent.PastDue(r.on(), r.daysPastDue());
            }
            case DEFAULT -> new LoanEvent.Default(r.on());
            case WRITE_OFF -> new LoanEvent.WriteOff(r.on());
            case RECOVERY -> new LoanEvent.Recovery(r.on(), fen(r.principal()));
        };
    }

    private static List<LoanEvent.Instalment> plan(List<PlanLine> lines) {
        if (lines == null || lines.isEmpty() || lines.size() > LoanLife.MAX_INSTALMENTS) {
            throw new DomainException("riskpool.loan.scheduleSize", LoanLife.MAX_INSTALMENTS);
        }
        return lines.stream()
                .map(l -> {
                    if (l == null || l.dueOn() == null) {
                        throw new DomainException("riskpool.event.dateRequired");
                    }
                    return new LoanEvent.Instalment(l.dueOn(), fen(l.principal()));
                })
                .toList();
    }

    private static long fen(BigDecimal yuan) {
        return Money.ofYuan(yuan).fen();
    }

    static String hash(long loanId, Request r) {
        String plan = r.plan() == null
                ? "null"
                : r.plan().stream()
                        .map(l -> l == null ? "null" : l.dueOn() + "=" + plain(l.principal()))
                        .collect(Collectors.joining(";"));
        return Sha256.hex(String.join(
                "\n",
                String.valueOf(loanId),
                String.valueOf(r.kind()),
                String.valueOf(r.on()),
                plain(r.principal()),
                plain(r.interest()),
                String.valueOf(r.daysPastDue()),
                plan));
    }

    private static String plain(BigDecimal b) {
        return b == null ? "null" : b.stripTrailingZeros().toPlainString();
    }
}
