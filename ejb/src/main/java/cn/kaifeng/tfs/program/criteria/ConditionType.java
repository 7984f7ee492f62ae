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

/** {@code condition}: a yes/no test ({@code when}) worth {@code points} when it holds, e.g. holds a 专精特新 title. */
@ApplicationScoped
public class ConditionType implements CriterionType {

    @Override
    public String code() {
        return "condition";
    }

    @Override
    public List<String> keys() {
        return List.of("when", "points");
    }

    @Override
    public ScoringRule compile(Spec spec, TypeContext context) {
        Expression when = spec.expression("when");
        BigDecimal points = Checks.nonNegative(spec, "points");
        return when == null || points == null ? null : new Rule(context.criterionName(), when, points);
    }

    record Rule(LocalizedText name, Expression when, BigDecimal points) implements ScoringRule {

        @Override
        public BigDecimal max() {
            return points;
        }

        @Override
        public String describe(java.util.Locale locale) {
            return when.source() + " → " + Explanation.plain(points);
        }

        @Override
        public Score score(Facts facts) {
            return when.test(facts)
                    ? new Score(points, Explanation.of("condition.met", name, points))
                    : new Score(BigDecimal.ZERO, Explanation.of("condition.notMet", name));
        }
    }
}
