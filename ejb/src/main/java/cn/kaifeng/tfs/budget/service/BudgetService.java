package cn.kaifeng.tfs.budget.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.budget.domain.Budget;
import cn.kaifeng.tfs.budget.domain.BudgetPlan;
import cn.kaifeng.tfs.budget.domain.Candidate;
import cn.kaifeng.tfs.budget.domain.RankedList;
import cn.kaifeng.tfs.budget.domain.Ranker;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.ledger.service.LedgerService;
import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.CriterionResult;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.SectionResult;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Budgets and the ranked list. Administrators set what a program may give in a year or round (every change in the
 * audit trail, with the amount before); reviewers read a round's ranked list with its cut line, which is what the
 * decisions are then checked against ({@link AwardChecks}). Every budget has its book in the ledger, which each
 * change posts to.
 */
@ApplicationScoped
@Transactional
public class BudgetService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    /** Who sets the demo's budget. */
    public static final String DEMO = "demo-data";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private ProgramService programs;

    @Inject
    private Holdings holdings;

    @Inject
    private AuditLog audit;

    @Inject
    private LedgerService ledger;

    /** Every budget of the year, by program and round. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Budget> ofYear(String username, int year) {
        requireAdminOrReviewer(username);
        return em.createQuery(
                        "SELECT b FROM Budget b WHERE b.budgetYear = :year ORDER BY b.programCode, b.round",
                        Budget.class)
                .setParameter("year", year)
                .getResultList();
    }

    /**
     * Sets the budget of a program's year (round 0) or round, creating it or changing its amount and closing day.
     * The plan of the year stays consistent ({@link BudgetPlan#checkAdding}); the change is audited.
     */
    public Budget set(String admin, String programCode, int year, int round, LocalDate closesOn, BigDecimal yuan) {
        if (!DEMO.equals(admin)) {
            applications.requireRole(admin, Role.ADMIN);
        }
        if (programCode == null || programs.current(programCode).isEmpty()) {
            throw new DomainException("budget.unknownProgram", programCode);
        }
        if (yuan == null) {
            throw new DomainException("budget.amountPositive");
        }
        Money amount = Money.ofYuan(yuan);
        Instant now = clock.instant();
        // the year's rows are locked so that two administrators cannot build an inconsistent plan side by side
        List<Budget> year0 = em.createQuery(
                        "SELECT b FROM Budget b WHERE b.programCode = :code AND b.budgetYear = :year", Budget.class)
                .setParameter("code", programCode)
                .setParameter("year", year)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        BudgetPlan plan = new BudgetPlan(year0);
        Budget fresh = new Budget(programCode, year, round, closesOn, amount, admin, now); // checks the values
        plan.checkAdding(round, fresh.closesOn());
        Optional<Budget> existing = plan.round(round);
        if (existing.isPresent()) {
            Budget budget = existing.get();
            String before = describe(budget);
            if (round != Budget.WHOLE_YEAR && !closesOn.equals(budget.closesOn())) {
                // a changed closing day is a new round plan: replace the row so the check above is the whole check
                em.remove(budget);
                em.flush();
                em.persist(fresh);
                audit.record(admin, "BUDGET_SET", "budget:" + fresh.label(), before, describe(fresh));
                return posted(fresh, admin);
            }
            budget.change(amount, admin, now);
            audit.record(admin, "BUDGET_SET", "budget:" + budget.label(), before, describe(budget));
            return posted(budget, admin);
        }
        em.persist(fresh);
        audit.record(admin, "BUDGET_SET", "budget:" + fresh.label(), null, describe(fresh));
        return posted(fresh, admin);
    }

    /**
     * The budget's book gets the difference to the amount before (a BUDGET posting); refused, with the whole change,
     * when the amount would be less than the decisions already committed and paid.
     */
    private Budget posted(Budget budget, String admin) {
        em.flush(); // the new row's id, which the posting names
        ledger.setBudget(
                budget.programCode(), budget.budgetYear(), budget.round(), budget.amount(), budget.id(), admin);
        return budget;
    }

    /** The demo's budget, once: a demo user who changes it keeps the change. */
    public void seedDemo(String programCode, int year, BigDecimal yuan) {
        if (programs.current(programCode).isPresent() && plan(programCode, year).isEmpty()) {
            set(DEMO, programCode, year, Budget.WHOLE_YEAR, null, yuan);
        }
    }

    /** A round's ranked list, as a reviewer sees it before the public notice (see {@link Ranked}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Ranked ranked(String reviewer, String programCode, int year, int round) {
        applications.requireRole(reviewer, Role.REVIEWER);
        ProgramDefinition program = programs.current(programCode)
                .orElseThrow(() -> new DomainException("budget.unknownProgram", programCode));
        BudgetPlan plan = plan(programCode, year);
        Optional<Budget> budget = plan.round(round);
        if (!plan.isEmpty() && budget.isEmpty()) {
            throw new DomainException("budget.noSuchRound", round);
        }
        List<Holdings.Holding> inRound = holdings.ofProgram(programCode, year).stream()
                .filter(h -> roundOf(plan, h) == round)
                .toList();
        Money approved = inRound.stream()
                .filter(h -> h.standing() == Holdings.Standing.APPROVED)
                .map(Holdings.Holding::amount)
                .reduce(Money.ZERO, Money::plus);
        List<Candidate> candidates = inRound.stream()
                .filter(h -> h.standing() == Holdings.Standing.PROPOSED || h.standing() == Holdings.Standing.CANDIDATE)
                .map(h -> candidate(h.application(), h.amount()))
                .toList();
        long waiting = inRound.stream()
                .filter(h -> h.standing() == Holdings.Standing.IN_REVIEW)
                .count();
        RankedList list =
                Ranker.rank(program.ranking(), budget.map(Budget::amount).orElse(null), approved, candidates);
        return new Ranked(program, year, round, budget.orElse(null), plan.budgets(), list, waiting);
    }

    /**
     * A ranked round: the program, its budget (null when none is set), the year's other rounds, the list, and how
     * many applications of the round are still in review (they may still rank above the line).
     */
    public record Ranked(
            ProgramDefinition program,
            int year,
            int round,
            Budget budget,
            List<Budget> rounds,
            RankedList list,
            long stillInReview) {}

    BudgetPlan plan(String programCode, int year) {
        return new BudgetPlan(em.createQuery(
                        "SELECT b FROM Budget b WHERE b.programCode = :code AND b.budgetYear = :year", Budget.class)
                .setParameter("code", programCode)
                .setParameter("year", year)
                .getResultList());
    }

    /** The round an application falls in: its budget's round, or 0 when the year has no budget (or no round left). */
    static int roundOf(BudgetPlan plan, Holdings.Holding holding) {
        return plan.forSubmission(holding.submittedOn()).map(Budget::round).orElse(plan.isEmpty() ? 0 : -1);
    }

    /** The application as the ranking sees it, its section and criterion points from its own program version. */
    Candidate candidate(Application application, Money amount) {
        Assessment assessment = applications.assessmentOf(application);
        Map<String, BigDecimal> sections = new HashMap<>();
        Map<String, BigDecimal> criteria = new HashMap<>();
        for (SectionResult s : assessment.sections()) {
            if (s.points() != null) {
                sections.put(s.code(), s.points());
            }
            for (CriterionResult c : s.criteria()) {
                if (c.points() != null) {
                    criteria.put(c.code(), c.points());
                }
            }
        }
        return new Candidate(
                application.id(),
                application.number(),
                application.organisation().name(),
                application.status(),
                application.results().total(),
                sections,
                criteria,
                application.submittedAt(),
                amount);
    }

    private void requireAdminOrReviewer(String username) {
        try {
            applications.requireRole(username, Role.ADMIN);
        } catch (DomainException notAdmin) {
            applications.requireRole(username, Role.REVIEWER);
        }
    }

    private static String describe(Budget b) {
        return b.label() + (b.closesOn() == null ? "" : " 截至" + b.closesOn()) + " ¥" + b.amount();
    }
}
