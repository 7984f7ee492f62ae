package cn.kaifeng.tfs.program.criteria;

import cn.kaifeng.tfs.program.definition.CriterionType;
import cn.kaifeng.tfs.program.definition.Spec;
import cn.kaifeng.tfs.program.definition.TypeContext;
import cn.kaifeng.tfs.program.domain.ExpertRange;
import cn.kaifeng.tfs.program.domain.Explanation;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.ScoringRule;
import cn.kaifeng.tfs.program.expression.Expression;
import cn.kaifeng.tfs.program.expression.ExpressionException;
import cn.kaifeng.tfs.program.expression.Facts;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code expert}: judged by the expert panel on a grade scale (e.g. A 31–40, B 21–30, C 11–20, D 0–10), not by
 * a rule. Until the panel has scored, the assessment counts it as pending. The grades must cover 0 to the maximum
 * without gaps or overlaps, so every score an expert can give belongs to exactly one grade.
 *
 * <p>What an expert may give can depend on the facts, as real schemes say: a grade open only {@code when} a condition
 * holds (A only for holders of an invention patent), and a {@code limit} the facts set on the points (4 points per
 * patent, at most the scale's maximum). With {@code wholePoints} only whole points are allowed.
 */
@ApplicationScoped
public class ExpertType implements CriterionType {

    @Override
    public String code() {
        return "expert";
    }

    @Override
    public List<String> keys() {
        return List.of("grades", "guidance", "wholePoints", "limit");
    }

    @Override
    public ScoringRule compile(Spec spec, TypeContext context) {
        List<Grade> grades = new ArrayList<>();
        for (Spec item : spec.list("grades")) {
            item.allowOnly(List.of("grade", "min", "max", "meaning", "when", "closedReason"));
            String grade = item.string("grade");
            BigDecimal min = item.decimal("min");
            BigDecimal max = item.decimal("max");
            LocalizedText meaning = item.optionalText("meaning");
            Expression when = item.has("when") ? item.expression("when") : null;
            LocalizedText closedReason = item.has("closedReason") ? item.text("closedReason") : null;
            if (item.has("when") && !item.has("closedReason")) {
                // the form and a refused score must say why a grade is closed, in words the expert reads
                item.problem("missingKey", "closedReason");
            }
            if (grade != null && min != null && max != null) {
                if (min.compareTo(max) > 0) {
                    item.problem("bandEmpty", min, max);
                } else {
                    grades.add(new Grade(grade, min, max, meaning, when, closedReason));
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
        Limit limit = null;
        Spec limitSpec = spec.get("limit");
        if (limitSpec.present()) {
            limitSpec.allowOnly(List.of("max", "reason"));
            Expression max = limitSpec.expression("max");
            LocalizedText reason = limitSpec.text("reason");
            limit = max == null || reason == null ? null : new Limit(max, reason);
        }
        return new Rule(context.criterionName(), List.copyOf(grades), limit, spec.bool("wholePoints", false));
    }

    /** A grade of the scale; {@code when} (optional) is the condition on the facts under which it is open. */
    public record Grade(
            String grade,
            BigDecimal min,
            BigDecimal max,
            LocalizedText meaning,
            Expression when,
            LocalizedText closedReason) {}

    /** The highest points the facts allow, and why, in the expert's words. */
    public record Limit(Expression max, LocalizedText reason) {}

    /** The grade scale, for the panel's scoring form and its range checks. */
    public record Rule(LocalizedText name, List<Grade> grades, Limit limit, boolean wholePoints)
            implements ScoringRule {

        @Override
        public BigDecimal max() {
            return grades.stream().map(Grade::max).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }

        @Override
        public boolean expertJudged() {
            return true;
        }

        @Override
        public String describe(Locale locale) {
            String scale = grades.stream()
                    .sorted(Comparator.comparing(Grade::max).reversed())
                    .map(g -> g.grade() + " " + Explanation.plain(g.min()) + "–" + Explanation.plain(g.max())
                            + (g.when() == null ? "" : " (" + g.when().source() + ")"))
                    .collect(Collectors.joining("; "));
            return scale
                    + (limit == null ? "" : "; ≤ " + limit.max().source())
                    + (wholePoints ? ("en".equals(locale.getLanguage()) ? "; whole points" : "；整数分") : "");
        }

        @Override
        public Score score(Facts facts) {
            ExpertRange range = expertRange(facts);
            return new Score(
                    null,
                    range.limits().isEmpty()
                            ? Explanation.of("expert.pending", max(), range.allowed())
                            : Explanation.of(
                                    "expert.pendingLimited", range.highest(), range.allowed(), range.reasons()));
        }

        /**
         * The grades open on these facts, highest first, cut to the limit. A condition or limit that cannot be
         * computed from what was entered closes the grade (or limits to 0): an expert cannot give points the facts do
         * not support, and the reason says so.
         */
        @Override
        public ExpertRange expertRange(Facts facts) {
            List<LocalizedText> limits = new ArrayList<>();
            BigDecimal cap = null;
            if (limit != null) {
                cap = safeNumber(limit.max(), facts).max(BigDecimal.ZERO);
                if (cap.compareTo(max()) < 0) {
                    limits.add(limit.reason());
                }
            }
            List<ExpertRange.Band> open = new ArrayList<>();
            for (Grade g : grades.stream()
                    .sorted(Comparator.comparing(Grade::max).reversed())
                    .toList()) {
                if (g.when() != null && !safeTest(g.when(), facts)) {
                    limits.add(g.closedReason());
                    continue;
                }
                BigDecimal top = cap == null ? g.max() : g.max().min(cap);
                if (top.compareTo(g.min()) >= 0) {
                    open.add(new ExpertRange.Band(g.grade(), g.min(), top));
                }
            }
            return new ExpertRange(List.copyOf(open), wholePoints, List.copyOf(limits));
        }

        @Override
        public Score judged(BigDecimal points, Facts facts) {
            Grade grade = grades.stream()
                    .filter(g -> points.compareTo(g.min()) >= 0 && points.compareTo(g.max()) <= 0)
                    .findFirst()
                    .orElse(null);
            if (grade == null) {
                return new Score(points, Explanation.of("expert.panel", points));
            }
            return grade.meaning() == null
                    ? new Score(points, Explanation.of("expert.panelGrade", name, points, grade.grade()))
                    : new Score(
                            points,
                            Explanation.of("expert.panelGradeMeaning", name, points, grade.grade(), grade.meaning()));
        }

        private static boolean safeTest(Expression condition, Facts facts) {
            try {
                return condition.test(facts);
            } catch (ExpressionException | ClassCastException | IllegalArgumentException | ArithmeticException e) {
                return false;
            }
        }

        private static BigDecimal safeNumber(Expression number, Facts facts) {
            try {
                return number.number(facts);
            } catch (ExpressionException | ClassCastException | IllegalArgumentException | ArithmeticException e) {
                return BigDecimal.ZERO;
            }
        }
    }
}
