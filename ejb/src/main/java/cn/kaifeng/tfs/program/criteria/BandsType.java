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
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bands}: points by the band a number or ratio falls in, e.g. 核心发明专利 ≥5: 20, 3–4: 12, 1–2: 6, none: 0.
 * A band has {@code min} (inclusive) and at most one of {@code max} (inclusive) or {@code below} (exclusive);
 * a missing bound is open. Bands must not overlap; a value in no band scores 0.
 */
@ApplicationScoped
public class BandsType implements CriterionType {

    @Override
    public String code() {
        return "bands";
    }

    @Override
    public List<String> keys() {
        return List.of("value", "bands");
    }

    @Override
    public ScoringRule compile(Spec spec, TypeContext context) {
        Expression value = spec.expression("value");
        List<Band> bands = new ArrayList<>();
        List<Spec> items = spec.list("bands");
        if (items.isEmpty()) {
            spec.problem("missingKey", "bands");
        }
        for (Spec item : items) {
            item.allowOnly(List.of("min", "max", "below", "points", "label"));
            BigDecimal min = item.optionalDecimal("min");
            BigDecimal max = item.optionalDecimal("max");
            BigDecimal below = item.optionalDecimal("below");
            BigDecimal points = Checks.nonNegative(item, "points");
            if (max != null && below != null) {
                item.problem("bandBothUpperBounds");
                continue;
            }
            if (min == null && max == null && below == null) {
                item.problem("bandUnbounded");
                continue;
            }
            BigDecimal upper = max != null ? max : below;
            if (min != null && upper != null && (max != null ? min.compareTo(upper) > 0 : min.compareTo(upper) >= 0)) {
                item.problem("bandEmpty", min, upper);
                continue;
            }
            if (points == null) {
                continue;
            }
            Band band = new Band(
                    min, max, below, points, item.optionalString("label").orElse(null));
            for (Band other : bands) {
                if (band.overlaps(other)) {
                    item.problem("bandOverlap", band.label(), other.label());
                }
            }
            bands.add(band);
        }
        return value == null || bands.isEmpty() ? null : new Rule(context.criterionName(), value, List.copyOf(bands));
    }

    /** One band; {@code label} is how it is shown (default: its bounds, e.g. "≥5", "3–4", "5%"-style labels given). */
    record Band(BigDecimal min, BigDecimal max, BigDecimal below, BigDecimal points, String label) {

        Band {
            if (label == null) {
                label = defaultLabel(min, max, below);
            }
        }

        boolean contains(BigDecimal x) {
            return (min == null || x.compareTo(min) >= 0)
                    && (max == null || x.compareTo(max) <= 0)
                    && (below == null || x.compareTo(below) < 0);
        }

        boolean overlaps(Band other) {
            return (min == null && other.min == null)
                    || (min != null && other.contains(min))
                    || (other.min != null && contains(other.min));
        }

        private static String defaultLabel(BigDecimal min, BigDecimal max, BigDecimal below) {
            String lo = min == null ? null : Explanation.plain(min);
            if (max != null) {
                return lo == null
                        ? "≤" + Explanation.plain(max)
                        : lo.equals(Explanation.plain(max)) ? lo : lo + "–" + Explanation.plain(max);
            }
            if (below != null) {
                return lo == null ? "<" + Explanation.plain(below) : "[" + lo + ", " + Explanation.plain(below) + ")";
            }
            return "≥" + lo;
        }
    }

    record Rule(LocalizedText name, Expression value, List<Band> bands) implements ScoringRule {

        @Override
        public BigDecimal max() {
            return bands.stream().map(Band::points).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }

        @Override
        public String describe(java.util.Locale locale) {
            return value.source() + ": "
                    + bands.stream()
                            .map(b -> b.label() + " → " + Explanation.plain(b.points()))
                            .collect(java.util.stream.Collectors.joining("; "));
        }

        @Override
        public Score score(Facts facts) {
            BigDecimal actual = value.number(facts);
            for (Band band : bands) {
                if (band.contains(actual)) {
                    return new Score(
                            band.points(), Explanation.of("bands.band", name, actual, band.label(), band.points()));
                }
            }
            return new Score(BigDecimal.ZERO, Explanation.of("bands.none", name, actual));
        }
    }
}
