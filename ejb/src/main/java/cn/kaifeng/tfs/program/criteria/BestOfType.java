package cn.kaifeng.tfs.program.criteria;

import cn.kaifeng.tfs.program.definition.CriterionType;
import cn.kaifeng.tfs.program.definition.Spec;
import cn.kaifeng.tfs.program.definition.TypeContext;
import cn.kaifeng.tfs.program.domain.Explanation;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.ScoringRule;
import cn.kaifeng.tfs.program.expression.Facts;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code best-of}: scores two or more {@code alternatives} (each a criterion of any type, with its own name) and
 * keeps the highest, e.g. market strength by revenue or by revenue growth, whichever favours the applicant.
 * On a tie the first alternative is named, so the result never depends on anything but the facts.
 */
@ApplicationScoped
public class BestOfType implements CriterionType {

    @Override
    public String code() {
        return "best-of";
    }

    @Override
    public List<String> keys() {
        return List.of("alternatives");
    }

    @Override
    public ScoringRule compile(Spec spec, TypeContext context) {
        List<Spec> items = spec.list("alternatives");
        if (items.size() < 2) {
            spec.problem("bestOfTwo");
            return null;
        }
        List<TypeContext.Nested> alternatives = new ArrayList<>();
        for (Spec item : items) {
            TypeContext.Nested nested = context.nested(item);
            if (nested != null && nested.rule() != null) {
                if (nested.rule().expertJudged()) {
                    item.problem("bestOfExpert");
                } else {
                    alternatives.add(nested);
                }
            }
        }
        return alternatives.size() < items.size() ? null : new Rule(context.criterionName(), List.copyOf(alternatives));
    }

    record Rule(LocalizedText name, List<TypeContext.Nested> alternatives) implements ScoringRule {

        @Override
        public BigDecimal max() {
            return alternatives.stream()
                    .map(a -> a.rule().max())
                    .max(BigDecimal::compareTo)
                    .orElse(BigDecimal.ZERO);
        }

        @Override
        public String describe(java.util.Locale locale) {
            return "max("
                    + alternatives.stream()
                            .map(a -> a.name().in(locale) + " [" + a.rule().describe(locale) + "]")
                            .collect(java.util.stream.Collectors.joining(", "))
                    + ")";
        }

        @Override
        public Score score(Facts facts) {
            TypeContext.Nested best = null;
            BigDecimal bestPoints = null;
            TypeContext.Nested runnerUp = null;
            BigDecimal runnerUpPoints = null;
            for (TypeContext.Nested alternative : alternatives) {
                BigDecimal points = alternative.rule().score(facts).points();
                if (bestPoints == null || points.compareTo(bestPoints) > 0) {
                    runnerUp = best;
                    runnerUpPoints = bestPoints;
                    best = alternative;
                    bestPoints = points;
                } else if (runnerUpPoints == null || points.compareTo(runnerUpPoints) > 0) {
                    runnerUp = alternative;
                    runnerUpPoints = points;
                }
            }
            // equal points say so: "higher than" would be untrue, and the applicant may wonder which one counted
            return new Score(
                    bestPoints,
                    Explanation.of(
                            bestPoints.compareTo(runnerUpPoints) == 0 ? "bestOf.tie" : "bestOf",
                            name,
                            best.name(),
                            bestPoints,
                            runnerUp.name(),
                            runnerUpPoints));
        }
    }
}
