package cn.kaifeng.tfs.acceptance.domain;

import cn.kaifeng.tfs.program.domain.IndicatorCategory;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The performance evaluation (绩效评价) of an accepted project: each indicator scored out of 100 by how far its target
 * was met, and a total out of 100. All scores are exact with two decimals, rounded half up.
 *
 * <p>An indicator where more is better scores achieved ÷ target, capped at 100 % (over-achieving one indicator does
 * not make up for another); one where less is better scores target ÷ achieved, capped the same way. A target of zero
 * is met by anything for the first, and only by zero for the second.
 *
 * <p>The total is the weighted mean of the categories' means: 产出 50, 效益 30, 满意度 10. These are the first-level
 * weights the self-evaluation tables under 财预〔2020〕10号 give (with 预算执行率 10, which is not an indicator of the
 * agreement: the ledger shows the budget's execution). The weights are scaled over the categories the agreement has,
 * so the total stays out of 100.
 */
public final class PerformanceScore {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    /** The first-level weights of 财预〔2020〕10号's self-evaluation tables, budget execution left out. */
    static final Map<IndicatorCategory, BigDecimal> WEIGHTS = new EnumMap<>(Map.of(
            IndicatorCategory.OUTPUT, new BigDecimal("50"),
            IndicatorCategory.BENEFIT, new BigDecimal("30"),
            IndicatorCategory.SATISFACTION, new BigDecimal("10")));

    /** One indicator: its category, its direction, the target agreed and the value achieved. */
    public record Line(
            String code, IndicatorCategory category, boolean higherBetter, BigDecimal target, BigDecimal achieved) {

        public Line {
            Objects.requireNonNull(code);
            Objects.requireNonNull(category);
            if (target == null || target.signum() < 0) {
                throw new DomainException("acceptance.noTarget", code);
            }
            if (achieved == null || achieved.signum() < 0) {
                throw new DomainException("acceptance.achievedNegative", code);
            }
        }
    }

    /** The evaluation: each line's score in the order given, and the total. */
    public record Result(List<BigDecimal> scores, BigDecimal total) {}

    private PerformanceScore() {}

    /** One indicator's score out of 100, two decimals. */
    public static BigDecimal score(Line line) {
        BigDecimal target = line.target();
        BigDecimal achieved = line.achieved();
        BigDecimal share;
        if (line.higherBetter()) {
            share = target.signum() == 0 ? BigDecimal.ONE : achieved.divide(target, 10, RoundingMode.HALF_UP);
        } else if (achieved.compareTo(target) <= 0) {
            share = BigDecimal.ONE; // at or below the ceiling agreed: met in full, including 0 against 0
        } else {
            share = target.divide(achieved, 10, RoundingMode.HALF_UP);
        }
        return share.min(BigDecimal.ONE).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** The scores of all the indicators and the weighted total; at least one indicator. */
    public static Result of(List<Line> lines) {
        if (lines.isEmpty()) {
            throw new DomainException("acceptance.noIndicators");
        }
        List<BigDecimal> scores = new ArrayList<>();
        Map<IndicatorCategory, List<BigDecimal>> byCategory = new EnumMap<>(IndicatorCategory.class);
        for (Line line : lines) {
            BigDecimal s = score(line);
            scores.add(s);
            byCategory.computeIfAbsent(line.category(), c -> new ArrayList<>()).add(s);
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Map.Entry<IndicatorCategory, List<BigDecimal>> e : byCategory.entrySet()) {
            BigDecimal sum = e.getValue().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            // the category's mean kept exact enough (10 places) that only the total is rounded
            BigDecimal mean = sum.divide(BigDecimal.valueOf(e.getValue().size()), 10, RoundingMode.HALF_UP);
            BigDecimal weight = WEIGHTS.get(e.getKey());
            weighted = weighted.add(mean.multiply(weight));
            weights = weights.add(weight);
        }
        return new Result(List.copyOf(scores), weighted.divide(weights, 2, RoundingMode.HALF_UP));
    }
}
