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
 * Each edge says whether it includes its number, as the policy's words do (以上、不低于 include it; 超过、不满 do
 * not): the lower edge is {@code min} (inclusive) or {@code above} (exclusive), the upper {@code max} (inclusive) or
 * {@code below} (exclusive); a missing edge is open. Bands must not overlap, and no value may fall between two of
 * them: a gap would score 0 without anyone having meant it, so the import names it. Values below the lowest band or
 * above the highest score 0, and the explanation says they are in no band.
 */
@ApplicationScoped
public class BandsType implements CriterionType {

    @Override
    public String code() {
        return "bands";
    }

    @Override
    public List<String> keys() {
        return List.of("value", "bands", "unit");
    }

    @Override
    public ScoringRule compile(Spec spec, TypeContext context) {
        Expression value = spec.expression("value");
        Unit unit = Unit.of(spec, value, context);
        List<Band> bands = new ArrayList<>();
        List<Spec> items = spec.list("bands");
        if (items.isEmpty()) {
            spec.problem("missingKey", "bands");
        }
        for (Spec item : items) {
            item.allowOnly(List.of("min", "above", "max", "below", "points", "label"));
            BigDecimal min = item.optionalDecimal("min");
            BigDecimal above = item.optionalDecimal("above");
            BigDecimal max = item.optionalDecimal("max");
            BigDecimal below = item.optionalDecimal("below");
            BigDecimal points = Checks.nonNegative(item, "points");
            if (min != null && above != null) {
                item.problem("bandBothLowerBounds");
                continue;
            }
            if (max != null && below != null) {
                item.problem("bandBothUpperBounds");
                continue;
            }
            Band band = new Band(
                    min,
                    above,
                    max,
                    below,
                    points,
                    item.optionalString("label").orElse(Band.defaultLabel(min, above, max, below, unit)));
            if (band.lower() == null && band.upper() == null) {
                item.problem("bandUnbounded");
                continue;
            }
            if (band.isEmpty()) {
                item.problem("bandEmpty", band.lower(), band.upper());
                continue;
            }
            if (points == null) {
                continue;
            }
            boolean overlaps = false;
            for (Band other : bands) {
                if (band.overlaps(other)) {
                    item.problem("bandOverlap", band.label(), other.label());
                    overlaps = true;
                }
            }
            if (!overlaps) {
                bands.add(band);
            }
        }
        // the gap check came after versions were stored with gaps: those stay readable (and score as they did)
        List<Band> ordered = context.newDefinition() ? new ArrayList<>(bands) : new ArrayList<>();
        ordered.sort(Band.BY_LOWER_EDGE);
        for (int i = 1; i < ordered.size(); i++) {
            Band before = ordered.get(i - 1);
            Band after = ordered.get(i);
            String gap = Band.gapBetween(before, after);
            if (gap != null) {
                spec.problem("bandGap", before.label(), after.label(), gap);
            }
        }
        return value == null || bands.isEmpty()
                ? null
                : new Rule(context.criterionName(), value, List.copyOf(bands), unit);
    }

    /**
     * One band; {@code label} is how it is shown (default: its edges, e.g. "≥5", "3–4", "[0.05, 0.1)"). At most one
     * lower edge ({@code min} includes it, {@code above} does not) and one upper ({@code max} includes, {@code below}
     * does not).
     */
    record Band(BigDecimal min, BigDecimal above, BigDecimal max, BigDecimal below, BigDecimal points, String label) {

        /** Lowest edge first (an open one before any); at the same number the edge that includes it first. */
        static final java.util.Comparator<Band> BY_LOWER_EDGE = (a, b) -> {
            if (a.lower() == null || b.lower() == null) {
                return a.lower() == null ? (b.lower() == null ? 0 : -1) : 1;
            }
            int byNumber = a.lower().compareTo(b.lower());
            return byNumber != 0 ? byNumber : Boolean.compare(b.min != null, a.min != null);
        };

        Band {
            if (label == null) {
                label = defaultLabel(min, above, max, below, Unit.NUMBER);
            }
        }

        /** A band whose lower edge includes its number (the usual case). */
        Band(BigDecimal min, BigDecimal max, BigDecimal below, BigDecimal points, String label) {
            this(min, null, max, below, points, label);
        }

        BigDecimal lower() {
            return min != null ? min : above;
        }

        BigDecimal upper() {
            return max != null ? max : below;
        }

        boolean contains(BigDecimal x) {
            return (min == null || x.compareTo(min) >= 0)
                    && (above == null || x.compareTo(above) > 0)
                    && (max == null || x.compareTo(max) <= 0)
                    && (below == null || x.compareTo(below) < 0);
        }

        boolean isEmpty() {
            return lower() != null && upper() != null && !startsBeforeEndOf(this, this);
        }

        boolean overlaps(Band other) {
            return startsBeforeEndOf(this, other) && startsBeforeEndOf(other, this);
        }

        /** Whether some value is at or above a's lower edge and at or below b's upper edge. */
        private static boolean startsBeforeEndOf(Band a, Band b) {
            if (a.lower() == null || b.upper() == null) {
                return true;
            }
            int c = a.lower().compareTo(b.upper());
            return c < 0 || (c == 0 && a.min != null && b.max != null);
        }

        /**
         * The values between two bands that do not overlap, the first lower than the second, as the import reports
         * them ("2 < x < 3", "x = 5"), or null when the second starts where the first ends.
         */
        static String gapBetween(Band first, Band second) {
            if (first.upper() == null || second.lower() == null) {
                return null;
            }
            String from = Explanation.plain(first.upper());
            String to = Explanation.plain(second.lower());
            int c = first.upper().compareTo(second.lower());
            if (c == 0) {
                return first.below != null && second.above != null ? "x = " + from : null;
            }
            return from + (first.max != null ? " < " : " ≤ ") + "x" + (second.min != null ? " < " : " ≤ ") + to;
        }

        static String defaultLabel(BigDecimal min, BigDecimal above, BigDecimal max, BigDecimal below, Unit unit) {
            String lo = min != null ? unit.format(min) : above != null ? unit.format(above) : null;
            String hi = max != null ? unit.format(max) : below != null ? unit.format(below) : null;
            if (lo == null) {
                return (max != null ? "≤" : "<") + hi;
            }
            if (hi == null) {
                return (min != null ? "≥" : ">") + lo;
            }
            if (min != null && max != null) {
                return lo.equals(hi) ? lo : lo + "–" + hi;
            }
            return (min != null ? "[" : "(") + lo + ", " + hi + (max != null ? "]" : ")");
        }
    }

    record Rule(LocalizedText name, Expression value, List<Band> bands, Unit unit) implements ScoringRule {

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
                            band.points(),
                            Explanation.of("bands.band", name, unit.format(actual), band.label(), band.points()));
                }
            }
            return new Score(BigDecimal.ZERO, Explanation.of("bands.none", name, unit.format(actual)));
        }
    }
}
