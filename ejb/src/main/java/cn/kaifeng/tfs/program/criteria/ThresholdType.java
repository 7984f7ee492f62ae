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
 * {@code threshold}: {@code points} when a number reaches a bound ({@code atLeast}, inclusive) or stays under one
 * ({@code atMost}, inclusive), e.g. R&D spend at least 5 % of revenue.
 */
@ApplicationScoped
public class ThresholdType implements CriterionType {

    @Override
    public String code() {
        return "threshold";
    }

    @Override
    public List<String> keys() {
        return List.of("value", "atLeast", "atMost", "points");
    }

    @Override
    public ScoringRule compile(Spec spec, TypeContext context) {
        Expression value = spec.expression("value");
        BigDecimal points = Checks.nonNegative(spec, "points");
        boolean atLeast = spec.has("atLeast");
        if (atLeast == spec.has("atMost")) {
            spec.problem("thresholdBound");
            return null;
        }
        BigDecimal bound = spec.decimal(atLeast ? "atLeast" : "atMost");
        return value == null || points == null || bound == null
                ? null
                : new Rule(context.criterionName(), value, atLeast, bound, points);
    }

    record Rule(LocalizedText name, Expression value, boolean atLeast, BigDecimal bound, BigDecimal points)
            implements ScoringRule {

        @Override
        public BigDecimal max() {
            return points;
        }

        @Override
        public String describe(java.util.Locale locale) {
            return value.source() + (atLeast ? " ≥ " : " ≤ ") + Explanation.plain(bound) + " → "
                    + Explanation.plain(points);
        }

        @Override
        public Score score(Facts facts) {
            BigDecimal actual = value.number(facts);
            int c = actual.compareTo(bound);
            boolean met = atLeast ? c >= 0 : c <= 0;
            String side = atLeast ? "atLeast" : "atMost";
            return met
                    ? new Score(points, Explanation.of("threshold.met." + side, name, actual, bound, points))
                    : new Score(BigDecimal.ZERO, Explanation.of("threshold.notMet." + side, name, actual, bound));
        }
    }
}
