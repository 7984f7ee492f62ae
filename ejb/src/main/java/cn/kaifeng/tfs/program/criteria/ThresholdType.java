package cn.kaifeng.tfs.program.criteria;

import cn.kaifeng.tfs.program.definition.CriterionType;
import cn.kaifeng.tfs.program.definition.Spec;
import cn.kaifeng.tfs.program.definition.TypeContext;
import cn.kaifeng.tfs.program.domain.Explanation;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.ScoringRule;
import cn.kaifeng.tfs.program.expression.Expression;
import cn.kaifeng.tfs.program.expression.Facts;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code threshold}: {@code points} when a number reaches a bound or stays under one, each bound saying whether it
 * includes its number as the policy's words do: {@code atLeast} (≥, 不低于、以上), {@code above} (>, 超过、高于),
 * {@code atMost} (≤, 不超过、以下), {@code below} (<, 不满、低于); e.g. R&D spend at least 5 % of revenue.
 */
@ApplicationScoped
public class ThresholdType implements CriterionType {

    /** The four bounds, with the symbol tables print and whether a value on the bound itself meets it. */
    enum Bound {
        AT_LEAST("atLeast", "≥"),
        ABOVE("above", ">"),
        AT_MOST("atMost", "≤"),
        BELOW("below", "<");

        final String key;
        final String symbol;

        Bound(String key, String symbol) {
            this.key = key;
            this.symbol = symbol;
        }

        boolean met(BigDecimal actual, BigDecimal bound) {
            int c = actual.compareTo(bound);
            return switch (this) {
                case AT_LEAST -> c >= 0;
                case ABOVE -> c > 0;
                case AT_MOST -> c <= 0;
                case BELOW -> c < 0;
            };
        }
    }

    @Override
    public String code() {
        return "threshold";
    }

    @Override
    public List<String> keys() {
        return List.of("value", "atLeast", "above", "atMost", "below", "points", "unit");
    }

    @Override
    public ScoringRule compile(Spec spec, TypeContext context) {
        Expression value = spec.expression("value");
        BigDecimal points = Checks.nonNegative(spec, "points");
        List<Bound> given = java.util.Arrays.stream(Bound.values())
                .filter(b -> spec.has(b.key))
                .toList();
        if (given.size() != 1) {
            spec.problem("thresholdBound");
            return null;
        }
        Bound kind = given.get(0);
        BigDecimal bound = spec.decimal(kind.key);
        Unit unit = Unit.of(spec, value, context);
        return value == null || points == null || bound == null
                ? null
                : new Rule(context.criterionName(), value, kind, bound, points, unit);
    }

    record Rule(LocalizedText name, Expression value, Bound kind, BigDecimal bound, BigDecimal points, Unit unit)
            implements ScoringRule {

        @Override
        public BigDecimal max() {
            return points;
        }

        @Override
        public String describe(java.util.Locale locale) {
            return value.source() + " " + kind.symbol + " " + unit.format(bound) + " → " + Explanation.plain(points);
        }

        @Override
        public Score score(Facts facts) {
            BigDecimal actual = value.number(facts);
            String side = kind.key;
            return kind.met(actual, bound)
                    ? new Score(
                            points,
                            Explanation.of(
                                    "threshold.met." + side, name, unit.format(actual), unit.format(bound), points))
                    : new Score(
                            BigDecimal.ZERO,
                            Explanation.of("threshold.notMet." + side, name, unit.format(actual), unit.format(bound)));
        }
    }
}
