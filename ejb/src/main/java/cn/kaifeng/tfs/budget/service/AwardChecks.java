package cn.kaifeng.tfs.budget.service;

import cn.kaifeng.tfs.budget.domain.AwardLimits;
import cn.kaifeng.tfs.budget.domain.Budget;
import cn.kaifeng.tfs.budget.domain.BudgetPlan;
import cn.kaifeng.tfs.budget.domain.Candidate;
import cn.kaifeng.tfs.budget.domain.Granted;
import cn.kaifeng.tfs.budget.domain.Limit;
import cn.kaifeng.tfs.budget.domain.RankedList;
import cn.kaifeng.tfs.budget.domain.Ranker;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.ledger.service.LedgerService;
import cn.kaifeng.tfs.organisation.service.ProfileService;
import cn.kaifeng.tfs.program.domain.Exclusion;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The limits an award meets when a reviewer proposes or approves it: the program's yearly cap per organisation, the
 * programs whose support is not given twice, and the budget (the cut line when proposing, what the approvals left
 * when approving). The decision service asks; this class reads what the other applications of the year hold and lets
 * {@code budget.domain} do the arithmetic. Called with the application locked, so two decisions on it cannot pass
 * the checks side by side.
 */
@ApplicationScoped
public class AwardChecks {

    @Inject
    private Holdings holdings;

    @Inject
    private BudgetService budgets;

    @Inject
    private ProgramService programs;

    @Inject
    private ProfileService profiles;

    @Inject
    private LedgerService ledger;

    /** What the amount asked for must stay within: the program's own rules (yearly cap, 不重复享受). */
    public List<Limit> ruleLimits(Application application, ProgramDefinition program, Money asked) {
        int year = Holdings.yearOf(application);
        List<Limit> limits = new ArrayList<>();
        Money capPerYear = program.award() == null ? null : program.award().capPerYear();
        if (capPerYear != null) {
            List<Granted> mine = holdings
                    .ofOrganisation(application.organisation().id(), year)
                    .stream()
                    .filter(h -> h.holds()
                            && h.application().programCode().equals(program.code())
                            && !h.application().id().equals(application.id()))
                    .map(Holdings.Holding::granted)
                    .toList();
            limits.add(AwardLimits.yearlyCap(capPerYear, mine));
        }
        for (Map.Entry<String, Exclusion> pair : exclusionsOf(program)) {
            Exclusion rule = pair.getValue();
            List<Granted> conflicting = conflicting(application, pair.getKey(), rule.scope(), year);
            String otherName =
                    programs.current(pair.getKey()).map(p -> p.name().zh()).orElse(pair.getKey());
            AwardLimits.exclusive(rule.resolution(), asked, conflicting, "“" + otherName + "”")
                    .ifPresent(limits::add);
        }
        return limits;
    }

    /**
     * When proposing: the application must rank above the cut line of its round with the amount asked for. No check
     * while the year has no budget for the program; an application submitted after the year's last round closed has
     * no budget to draw on and is refused.
     */
    public void requireAboveLine(Application application, ProgramDefinition program, Money asked) {
        int year = Holdings.yearOf(application);
        BudgetPlan plan = budgets.plan(program.code(), year);
        if (plan.isEmpty()) {
            return;
        }
        List<Holdings.Holding> ofYear = holdings.ofProgram(program.code(), year);
        Holdings.Holding own = ofYear.stream()
                .filter(h -> h.application().id().equals(application.id()))
                .findFirst()
                .orElseThrow();
        int round = BudgetService.roundOf(plan, own);
        Budget budget = plan.round(round).orElseThrow(() -> new DomainException("award.noRound", year));
        List<Holdings.Holding> inRound = ofYear.stream()
                .filter(h -> BudgetService.roundOf(plan, h) == round)
                .toList();
        Money approved = inRound.stream()
                .filter(h -> h.standing() == Holdings.Standing.APPROVED)
                .map(Holdings.Holding::amount)
                .reduce(Money.ZERO, Money::plus);
        List<Candidate> candidates = inRound.stream()
                .filter(h -> h.standing() == Holdings.Standing.PROPOSED
                        || h.standing() == Holdings.Standing.CANDIDATE
                        || h.application().id().equals(application.id()))
                .map(h -> budgets.candidate(
                        h.application(), h.application().id().equals(application.id()) ? asked : h.amount()))
                .toList();
        RankedList list = Ranker.rank(program.ranking(), budget.amount(), approved, candidates);
        RankedList.Row row = list.rowOf(application.id()).orElseThrow();
        if (!row.aboveLine()) {
            Money before = row.cumulative().minus(asked);
            throw new DomainException(
                    "award.belowLine",
                    row.rank(),
                    list.lastAbove(),
                    Limit.figuresOf(budget.amount()),
                    Limit.figuresOf(approved),
                    Limit.figuresOf(list.left().less(before)));
        }
    }

    /**
     * When approving: what the ledger has available in the application's round, its book now locked until the
     * decision commits (so a second approver on another node waits, then sees what this one took). A budget whose
     * book is missing (none should be, since the take-over of migration 41) falls back to the budget less the
     * approvals.
     */
    public Optional<Limit> budgetLimit(Application application, ProgramDefinition program) {
        int year = Holdings.yearOf(application);
        BudgetPlan plan = budgets.plan(program.code(), year);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        List<Holdings.Holding> ofYear = holdings.ofProgram(program.code(), year);
        Holdings.Holding own = ofYear.stream()
                .filter(h -> h.application().id().equals(application.id()))
                .findFirst()
                .orElseThrow();
        int round = BudgetService.roundOf(plan, own);
        Budget budget = plan.round(round).orElseThrow(() -> new DomainException("award.noRound", year));
        List<Granted> approved = ofYear.stream()
                .filter(h -> h.standing() == Holdings.Standing.APPROVED
                        && BudgetService.roundOf(plan, h) == round
                        && !h.application().id().equals(application.id()))
                .map(Holdings.Holding::granted)
                .toList();
        Optional<Money> available = ledger.available(program.code(), year, round);
        return Optional.of(
                available.isPresent()
                        ? AwardLimits.budgetAvailable(budget.amount(), available.get(), approved)
                        : AwardLimits.budget(budget.amount(), approved));
    }

    /**
     * The exclusion rules between this program and each other one, both ways: this program's rules, and the rules
     * of the other programs' current versions that name this one (a rule binds both programs).
     */
    private List<Map.Entry<String, Exclusion>> exclusionsOf(ProgramDefinition program) {
        List<Map.Entry<String, Exclusion>> pairs = new ArrayList<>();
        for (Exclusion rule : program.exclusions()) {
            rule.notWith().forEach(other -> pairs.add(Map.entry(other, rule)));
        }
        for (ProgramDefinition other : programs.current()) {
            if (other.code().equals(program.code())) {
                continue;
            }
            for (Exclusion rule : other.exclusions()) {
                if (rule.names(program.code())) {
                    pairs.add(Map.entry(other.code(), rule));
                }
            }
        }
        return pairs;
    }

    /** The other program's applications of the year that hold support for the same beneficiary. */
    private List<Granted> conflicting(Application application, String otherProgram, Exclusion.Scope scope, int year) {
        List<Holdings.Holding> candidates = switch (scope) {
            case ORGANISATION ->
                holdings.ofOrganisation(application.organisation().id(), year);
            case MEMBER ->
                holdings.ofProgram(otherProgram, year).stream()
                        .filter(h -> h.application()
                                        .organisation()
                                        .id()
                                        .equals(application.organisation().id())
                                || !profiles.sharedMembers(
                                                application.organisation(),
                                                h.application().organisation())
                                        .isEmpty())
                        .toList();
        };
        return candidates.stream()
                .filter(h -> h.holds() && h.application().programCode().equals(otherProgram))
                .map(Holdings.Holding::granted)
                .toList();
    }
}
