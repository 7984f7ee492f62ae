package cn.kaifeng.tfs.budget.domain;

import cn.kaifeng.tfs.program.domain.Ranking;
import cn.kaifeng.tfs.shared.domain.Money;
import java.util.List;
import java.util.Optional;

/**
 * The candidates of one budget in rank order, each with the sum of the amounts up to it and whether it is above the
 * cut line ({@link Ranker}). {@code budget} is null while none is set; {@code approved} is what the budget's
 * approvals already took.
 */
public record RankedList(Ranking ranking, Money budget, Money approved, List<Row> rows) {

    public RankedList {
        rows = List.copyOf(rows);
    }

    /**
     * One place in the list. {@code tieBrokenBy} names the tie rule that put it after the one before when both have
     * the same total (null otherwise).
     */
    public record Row(
            int rank, Candidate candidate, Money cumulative, boolean aboveLine, Ranking.TieRule tieBrokenBy) {}

    public boolean hasBudget() {
        return budget != null;
    }

    /** What the budget has left after the approvals made (zero when they took more); null without a budget. */
    public Money left() {
        return budget == null ? null : budget.less(approved);
    }

    /** The sum of the amounts above the line. */
    public Money aboveLine() {
        return rows.stream()
                .filter(Row::aboveLine)
                .map(r -> r.candidate().amount())
                .reduce(Money.ZERO, Money::plus);
    }

    /** The last place above the line; 0 when nobody fits. */
    public int lastAbove() {
        return (int) rows.stream().filter(Row::aboveLine).count();
    }

    public Optional<Row> rowOf(long applicationId) {
        return rows.stream().filter(r -> r.candidate().id() == applicationId).findFirst();
    }
}
