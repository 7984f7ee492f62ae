package cn.kaifeng.tfs.budget.domain;

import cn.kaifeng.tfs.program.domain.Ranking;
import cn.kaifeng.tfs.shared.domain.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the candidates of one budget by the program's ranking and draws the cut line: in rank order each takes
 * its amount from what the budget has left after the approvals already made; the first that no longer fits, and
 * every candidate after it, is below the line. The line is strict on purpose: under 择优 a lower-ranked application
 * is never funded while a higher-ranked one is not, even if its smaller amount would still fit.
 */
public final class Ranker {

    private Ranker() {}

    /** The order of the ranking: total then tie rules under 择优, else submission time; then time and number. */
    public static Comparator<Candidate> order(Ranking ranking) {
        Comparator<Candidate> order = (a, b) -> 0;
        if (ranking.merit()) {
            order = Comparator.comparing(Candidate::total).reversed();
            for (Ranking.TieRule tie : ranking.ties()) {
                order = order.thenComparing(key(tie));
            }
        }
        return order.thenComparing(Candidate::submittedAt).thenComparing(Candidate::number);
    }

    private static Comparator<Candidate> key(Ranking.TieRule tie) {
        return switch (tie.kind()) {
            case SECTION ->
                Comparator.comparing((Candidate c) -> c.section(tie.code())).reversed();
            case CRITERION ->
                Comparator.comparing((Candidate c) -> c.criterion(tie.code())).reversed();
            case SUBMITTED_AT -> Comparator.comparing(Candidate::submittedAt);
        };
    }

    /**
     * The ranked list of one budget. {@code budget} may be null (none set yet): the order is shown, no line is
     * drawn and every candidate counts as above it.
     */
    public static RankedList rank(Ranking ranking, Money budget, Money approved, List<Candidate> candidates) {
        List<Candidate> ordered = candidates.stream().sorted(order(ranking)).toList();
        Money left = budget == null ? null : budget.less(approved);
        List<RankedList.Row> rows = new ArrayList<>();
        Money cumulative = Money.ZERO;
        boolean cut = false;
        Candidate previous = null;
        for (int i = 0; i < ordered.size(); i++) {
            Candidate c = ordered.get(i);
            cumulative = cumulative.plus(c.amount());
            cut = cut || (left != null && cumulative.compareTo(left) > 0);
            rows.add(new RankedList.Row(i + 1, c, cumulative, !cut, separatedBy(ranking, previous, c)));
            previous = c;
        }
        return new RankedList(ranking, budget, approved, rows);
    }

    /**
     * Which tie rule put {@code c} after {@code previous} when their totals are equal under 择优: the first rule on
     * which they differ, or {@link Ranking.TieRule#submittedAt()} when only the fallback separated them. Null when
     * the totals already differ or the ranking is not by merit.
     */
    static Ranking.TieRule separatedBy(Ranking ranking, Candidate previous, Candidate c) {
        if (!ranking.merit() || previous == null || previous.total().compareTo(c.total()) != 0) {
            return null;
        }
        for (Ranking.TieRule tie : ranking.ties()) {
            if (key(tie).compare(previous, c) != 0) {
                return tie;
            }
        }
        return Ranking.TieRule.submittedAt();
    }
}
