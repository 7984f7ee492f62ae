package cn.kaifeng.tfs.budget.domain;

import cn.kaifeng.tfs.program.domain.Exclusion;
import cn.kaifeng.tfs.shared.domain.Money;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The arithmetic of the limits on one award, each a pure function of the figures it is given. Every limit counts
 * what the other applications <em>hold</em> (proposed or decided) rather than what they will finally get, so that
 * the order in which reviewers take their decisions changes who gets what but never lets a total exceed its bound.
 */
public final class AwardLimits {

    private AwardLimits() {}

    /** What the budget has left for one more approval: the budget less the approvals it already carries. */
    public static Limit budget(Money budget, List<Granted> approved) {
        Money held = approved.stream().map(Granted::committed).reduce(Money.ZERO, Money::plus);
        return new Limit(Limit.Kind.BUDGET, budget.less(held), approved, budget, null);
    }

    /**
     * What the budget has left for one more approval as the ledger keeps it ({@code available}: the budget less what
     * the decisions committed), with the approvals it carries named in the explanation.
     */
    public static Limit budgetAvailable(Money budget, Money available, List<Granted> approved) {
        return new Limit(Limit.Kind.BUDGET, available, approved, budget, null);
    }

    /** 每家每年: the cap less what the organisation's other applications to the program hold this year. */
    public static Limit yearlyCap(Money cap, List<Granted> sameOrganisation) {
        Money held = sameOrganisation.stream().map(Granted::committed).reduce(Money.ZERO, Money::plus);
        return new Limit(Limit.Kind.YEARLY_CAP, cap.less(held), sameOrganisation, cap, null);
    }

    /**
     * 不重复享受 with the other program's applications of the same beneficiary ({@code conflicting}; empty: no
     * limit). 就高: together they get no more than the highest award among them, this one's {@code own} included,
     * so this one gets the difference above what the others hold, and nothing when they hold as much. First
     * decided: nothing while another holds support.
     */
    public static Optional<Limit> exclusive(
            Exclusion.Resolution resolution, Money own, List<Granted> conflicting, String otherProgram) {
        if (conflicting.isEmpty()) {
            return Optional.empty();
        }
        if (resolution == Exclusion.Resolution.FIRST) {
            return Optional.of(new Limit(Limit.Kind.FIRST_DECIDED, Money.ZERO, conflicting, Money.ZERO, otherProgram));
        }
        Money higher = conflicting.stream().map(Granted::full).reduce(own, Money::max);
        Money held = conflicting.stream().map(Granted::committed).reduce(Money.ZERO, Money::plus);
        return Optional.of(new Limit(Limit.Kind.HIGHER_OF_TWO, higher.less(held), conflicting, higher, otherProgram));
    }

    /** The limit that binds {@code asked}: the one allowing least, if it allows less than asked. */
    public static Optional<Limit> binding(Money asked, List<Limit> limits) {
        return limits.stream()
                .min(Comparator.comparing(Limit::allowed))
                .filter(l -> l.allowed().compareTo(asked) < 0);
    }
}
