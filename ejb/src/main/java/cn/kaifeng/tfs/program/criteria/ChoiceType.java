package cn.kaifeng.tfs.program.criteria;

import cn.kaifeng.tfs.program.definition.CriterionType;
import cn.kaifeng.tfs.program.definition.Spec;
import cn.kaifeng.tfs.program.definition.TypeContext;
import cn.kaifeng.tfs.program.domain.Explanation;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.FieldType;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.ScoringRule;
import cn.kaifeng.tfs.program.expression.Facts;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code choice}: points per option of a choice field, e.g. 骨干企业 10, 专精特新 8, 创新型中小企业 5. For a
 * multi-choice field the best option counts ({@code combine: best}, the default) or the options add up to
 * {@code cap} ({@code combine: sum}). Every option named must exist on the field.
 */
@ApplicationScoped
public class ChoiceType implements CriterionType {

    @Override
    public String code() {
        return "choice";
    }

    @Override
    public List<String> keys() {
        return List.of("field", "options", "combine", "cap");
    }

    @Override
    public ScoringRule compile(Spec spec, TypeContext context) {
        String fieldCode = spec.string("field");
        if (fieldCode == null) {
            return null;
        }
        FieldDefinition field = context.field(fieldCode).orElse(null);
        if (field == null || (field.type() != FieldType.CHOICE && field.type() != FieldType.MULTI_CHOICE)) {
            spec.get("field").problem("choiceField", fieldCode);
            return null;
        }
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        Map<String, Spec> options = spec.mapping("options");
        if (options.isEmpty()) {
            spec.problem("missingKey", "options");
        }
        options.forEach((option, value) -> {
            if (!field.hasOption(option)) {
                value.problem("unknownOption", option, fieldCode);
            }
            BigDecimal p = value.decimal();
            if (p != null && p.signum() < 0) {
                value.problem("negative", p);
            } else if (p != null) {
                points.put(option, p);
            }
        });
        boolean sum = "sum".equals(spec.optionalString("combine").orElse("best"));
        if (spec.has("combine") && !List.of("best", "sum").contains(spec.string("combine"))) {
            spec.get("combine").problem("notOneOf", spec.string("combine"), "best, sum");
        }
        BigDecimal cap = null;
        if (sum) {
            cap = Checks.nonNegative(spec, "cap");
        }
        return sum && cap == null ? null : new Rule(context.criterionName(), field, Map.copyOf(points), sum, cap);
    }

    record Rule(LocalizedText name, FieldDefinition field, Map<String, BigDecimal> points, boolean sum, BigDecimal cap)
            implements ScoringRule {

        @Override
        public BigDecimal max() {
            return sum
                    ? cap
                    : points.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }

        @Override
        public String describe(java.util.Locale locale) {
            String options = field.options().stream()
                    .filter(o -> points.containsKey(o.code()))
                    .map(o -> o.label().in(locale) + " → " + Explanation.plain(points.get(o.code())))
                    .collect(java.util.stream.Collectors.joining("; "));
            return sum ? "Σ(" + options + "), ≤ " + Explanation.plain(cap) : options;
        }

        @Override
        public Score score(Facts facts) {
            Object value = facts.get(field.code());
            List<String> chosen = value instanceof Collection<?> c
                    ? c.stream().map(String::valueOf).toList()
                    : value == null ? List.of() : List.of(value.toString());
            if (sum) {
                BigDecimal total = chosen.stream()
                        .map(o -> points.getOrDefault(o, BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal capped = total.min(cap);
                return new Score(capped, Explanation.of("choice.sum", name, chosen.size(), capped, cap));
            }
            String best = null;
            for (String option : chosen) {
                BigDecimal p = points.get(option);
                if (p != null && (best == null || p.compareTo(points.get(best)) > 0)) {
                    best = option;
                }
            }
            if (best == null) {
                return new Score(BigDecimal.ZERO, Explanation.of("choice.none", name));
            }
            return new Score(points.get(best), Explanation.of("choice.option", name, label(best), points.get(best)));
        }

        private LocalizedText label(String option) {
            return field.options().stream()
                    .filter(o -> o.code().equals(option))
                    .map(FieldDefinition.Option::label)
                    .findFirst()
                    .orElse(new LocalizedText(option, option));
        }
    }
}
