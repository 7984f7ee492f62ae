package cn.kaifeng.tfs.budget.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The budgets of one program in one year, and which of them an application draws on: the whole year's, or the
 * first round whose closing day is on or after the day it was submitted. A year has either one budget for the whole
 * year or rounds, never both (an application would otherwise belong to two budgets), and rounds close in the order
 * of their numbers (批次 2 takes what comes after 批次 1).
 */
public final class BudgetPlan {

    private final List<Budget> budgets;

    public BudgetPlan(List<Budget> budgets) {
        this.budgets =
                budgets.stream().sorted(Comparator.comparingInt(Budget::round)).toList();
    }

    public List<Budget> budgets() {
        return budgets;
    }

    public boolean isEmpty() {
        return budgets.isEmpty();
    }

    /** The budget an application submitted on that day draws on; empty when the year has none, or no round left. */
    public Optional<Budget> forSubmission(LocalDate submittedOn) {
        return budgets.stream()
                .filter(b -> b.round() == Budget.WHOLE_YEAR || !b.closesOn().isBefore(submittedOn))
                .findFirst();
    }

    /** The budget of that round, if set. */
    public Optional<Budget> round(int round) {
        return budgets.stream().filter(b -> b.round() == round).findFirst();
    }

    /**
     * Refuses a new round or a changed closing day that would break the plan: a whole-year budget beside rounds,
     * or rounds whose closing days do not follow their numbers.
     */
    public void checkAdding(int round, LocalDate closesOn) {
        for (Budget other : budgets) {
            if (other.round() == round) {
                continue;
            }
            if ((round == Budget.WHOLE_YEAR) != (other.round() == Budget.WHOLE_YEAR)) {
                throw new DomainException("budget.yearOrRounds");
            }
            if (round != Budget.WHOLE_YEAR) {
                boolean earlier = other.round() < round;
                int order = other.closesOn().compareTo(closesOn);
                if ((earlier && order >= 0) || (!earlier && order <= 0)) {
                    throw new DomainException("budget.roundOrder", other.round(), other.closesOn());
                }
            }
        }
    }
}
