package cn.kaifeng.tfs.review.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The panel's score for one expert-judged criterion from the experts' independent scores. With a trimmed mean
 * (the usual rule) and five or more experts, the highest and the lowest score are dropped and the rest averaged;
 * with three or four, all are averaged; fewer than three is no panel. Where the scores lie further apart than the
 * program allows, the panel disagrees and its lead must write a consensus note before the panel can conclude.
 */
public final class PanelScore {

    /** The smallest panel there is, whatever a program says. */
    public static final int MIN_EXPERTS = 3;

    /** Trimming needs this many scores: with fewer, dropping two would leave too little to average. */
    static final int TRIM_FROM = 5;

    /** The result: the panel's points, the lowest and highest score given, and whether they disagree. */
    public record Result(
            BigDecimal points, BigDecimal lowest, BigDecimal highest, boolean trimmed, boolean disagreement) {

        public BigDecimal spread() {
            return highest.subtract(lowest);
        }
    }

    private PanelScore() {}

    /**
     * @param scores one per expert who scored
     * @param trimmedMean the program's rule: drop the extremes when there are enough scores
     * @param maxSpread the widest spread that is not a disagreement; null for no limit
     */
    public static Result of(List<BigDecimal> scores, boolean trimmedMean, BigDecimal maxSpread) {
        if (scores.size() < MIN_EXPERTS) {
            throw new DomainException("panel.tooFewScores", MIN_EXPERTS, scores.size());
        }
        List<BigDecimal> sorted = new ArrayList<>(scores);
        Collections.sort(sorted);
        BigDecimal lowest = sorted.get(0);
        BigDecimal highest = sorted.get(sorted.size() - 1);
        boolean trim = trimmedMean && sorted.size() >= TRIM_FROM;
        List<BigDecimal> counted = trim ? sorted.subList(1, sorted.size() - 1) : sorted;
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
        boolean disagreement = maxSpread != null && highest.subtract(lowest).compareTo(maxSpread) > 0;
        return new Result(mean, lowest, highest, trim, disagreement);
    }
}
