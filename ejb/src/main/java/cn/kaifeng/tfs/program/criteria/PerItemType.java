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
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code per-item}: {@code each} points per whole item counted, never more than {@code cap}, e.g. 2 points per
 * invention patent, at most 10. Negative counts count as none.
 */
@ApplicationScoped
public class PerItemType implements CriterionType {

    @Override
    public String code() {
        return "per-item";
    }

    @Override
    public List<String> keys() {
        return List.of("count", "each", "cap");
    }

    @Override
    public ScoringRule compile(Spec spec, TypeContext context) {
        Expression count = spec.expression("count");
        BigDecimal each = Checks.nonNegative(spec, "each");
        BigDecimal cap = Checks.nonNegative(spec, "cap");
        return count == null || each == null || cap == null
                ? null
                : new Rule(context.criterionName(), count, each, cap);
    }

    record Rule(LocalizedText name, Expression count, BigDecimal each, BigDecimal cap) implements ScoringRule {

        @Override
        public BigDecimal max() {
            return cap;
        }

        @Override
        public String describe(java.util.Locale locale) {
            return count.source() + " × " + Explanation.plain(each) + ", ≤ " + Explanation.plain(cap);
        }

        @Override
        public Score score(Facts facts) {
            BigDecimal items =
                    count.number(facts).setScale(0, RoundingMode.DOWN).max(BigDecimal.ZERO);
            BigDecimal uncapped = items.multiply(each);
            if (uncapped.compareTo(cap) > 0) {
                return new Score(cap, Explanation.of("perItem.capped", name, items, each, uncapped, cap));
            }
            return new Score(uncapped, Explanation.of("perItem", name, items, each, uncapped));
        }
    }
}
