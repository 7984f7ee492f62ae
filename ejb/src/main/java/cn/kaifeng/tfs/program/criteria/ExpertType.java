package cn.kaifeng.tfs.program.criteria;

import cn.kaifeng.tfs.program.definition.CriterionType;
import cn.kaifeng.tfs.program.definition.Spec;
import cn.kaifeng.tfs.program.definition.TypeContext;
import cn.kaifeng.tfs.program.domain.Explanation;
import cn.kaifeng.tfs.program.domain.ScoringRule;
import cn.kaifeng.tfs.program.expression.Facts;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code expert}: judged by the expert panel on a grade scale (e.g. A 31–40, B 21–30, C 11–20, D 0–10), not by
 * a rule. Until the panel has scored, the assessment counts it as pending. The grades must cover 0 to the maximum
 * without gaps or overlaps, so every score an expert can give belongs to exactly one grade.
 */
@ApplicationScoped
public class ExpertType implements CriterionType {

    @Override
    public String code() {
        return "expert";
    }

    @Override
    public List<String> keys() {
        return List.of("grades", "guidance");
    }

    @Override
    public ScoringRule compile(Spec spec, TypeContext context) {
        List<Grade> grades = new ArrayList<>();
        for (Spec item : spec.list("grades")) {
            item.allowOnly(List.of("grade", "min", "max", "meaning"));
            String grade = item.string("grade");
            BigDecimal min = item.decimal("min");
            BigDecimal max = item.decimal("max");
            if (grade != null && min != null && max != null) {
                if (min.compareTo(max) > 0) {
                    item.problem("bandEmpty", min, max);
                } else {
                    grades.add(new Grade(grade, min, max));
                }
            }
        }
        if (grades.isEmpty()) {
            spec.problem("missingKey", "grades");
            return null;
        }
        grades.sort(Comparator.comparing(Grade::min));
        if (grades.get(0).min().signum() != 0) {
            spec.get("grades").problem("gradesFromZero");
        }
        for (int i = 1; i < grades.size(); i++) {
            // whole points: the next grade starts right after the previous one ends
            if (grades.get(i).min().compareTo(grades.get(i - 1).max().add(BigDecimal.ONE)) != 0) {
                spec.get("grades")
                        .problem(
                                "gradesContiguous",
                                grades.get(i - 1).grade(),
                                grades.get(i).grade());
            }
        }
        return new Rule(List.copyOf(grades));
    }

    public record Grade(String grade, BigDecimal min, BigDecimal max) {}

    /** The grade scale, for the panel's scoring form and its range checks. */
    public record Rule(List<Grade> grades) implements ScoringRule {

        @Override
        public BigDecimal max() {
            return grades.stream().map(Grade::max).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }

        @Override
        public boolean expertJudged() {
            return true;
        }

        @Override
        public String describe(java.util.Locale locale) {
            return grades.stream()
                    .sorted(Comparator.comparing(Grade::max).reversed())
                    .map(g -> g.grade() + " " + Explanation.plain(g.min()) + "–" + Explanation.plain(g.max()))
                    .collect(Collectors.joining("; "));
        }

        @Override
        public Score score(Facts facts) {
            String scale = grades.stream()
                    .sorted(Comparator.comparing(Grade::max).reversed())
                    .map(g -> g.grade() + " " + Explanation.plain(g.min()) + "–" + Explanation.plain(g.max()))
                    .collect(Collectors.joining(", "));
            return new Score(null, Explanation.of("expert.pending", max(), scale));
        }
    }
}
