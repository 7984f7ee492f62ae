package cn.kaifeng.tfs.program.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.Programs;
import cn.kaifeng.tfs.program.definition.CriterionTypes;
import cn.kaifeng.tfs.program.definition.TypeContext;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.FieldType;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.ScoringRule;
import cn.kaifeng.tfs.program.expression.Expression;
import cn.kaifeng.tfs.program.expression.Facts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each built-in criterion type on its own, at and around every edge. */
class CriterionTypesTest {

    private static final LocalizedText NAME = new LocalizedText("测试", "test");

    private static BigDecimal score(ScoringRule rule, Object x) {
        return rule.score(Facts.of(x == null ? Map.of() : Map.of("x", x))).points();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @ParameterizedTest(name = "condition x={0} -> {1}")
    @CsvSource({"true, 7", "false, 0"})
    void condition(boolean x, String points) {
        ScoringRule rule = new ConditionType.Rule(NAME, Expression.compile("x"), d("7"));
        assertEquals(0, d(points).compareTo(score(rule, x)));
        assertEquals(0, d("7").compareTo(rule.max()));
    }

    @ParameterizedTest(name = "threshold atLeast 0.05, x={0} -> {1}")
    @CsvSource({"0.0499, 0", "0.05, 8", "0.5, 8", "-1, 0"})
    void thresholdAtLeast(String x, String points) {
        ScoringRule rule = new ThresholdType.Rule(
                NAME, Expression.compile("x"), ThresholdType.Bound.AT_LEAST, d("0.05"), d("8"), Unit.PERCENT);
        assertEquals(0, d(points).compareTo(score(rule, d(x))));
    }

    @ParameterizedTest(name = "threshold atMost 0.7, x={0} -> {1}")
    @CsvSource({"0.7, 5", "0.70001, 0", "0, 5"})
    void thresholdAtMost(String x, String points) {
        ScoringRule rule = new ThresholdType.Rule(
                NAME, Expression.compile("x"), ThresholdType.Bound.AT_MOST, d("0.7"), d("5"), Unit.NUMBER);
        assertEquals(0, d(points).compareTo(score(rule, d(x))));
    }

    @ParameterizedTest(name = "threshold {0} {1}, x={2} -> {3}")
    @CsvSource({
        "AT_LEAST, 0.05, 0.05, 8",
        "AT_LEAST, 0.05, 0.0499, 0",
        "ABOVE, 0.05, 0.05, 0",
        "ABOVE, 0.05, 0.0501, 8",
        "AT_MOST, 0.7, 0.7, 8",
        "AT_MOST, 0.7, 0.7001, 0",
        "BELOW, 0.7, 0.7, 0",
        "BELOW, 0.7, 0.6999, 8"
    })
    void thresholdBounds(ThresholdType.Bound bound, String limit, String x, String points) {
        ScoringRule rule = new ThresholdType.Rule(NAME, Expression.compile("x"), bound, d(limit), d("8"), Unit.NUMBER);
        assertEquals(0, d(points).compareTo(score(rule, d(x))));
    }

    @ParameterizedTest(name = "a ratio in {0} reads {1}")
    @CsvSource({"PERCENT, 0.05, 5%", "PERCENT, 0.125, 12.5%", "PERCENT, 1, 100%", "NUMBER, 0.05, 0.05", "NUMBER, 3, 3"})
    void unitsPrintAsThePolicySaysThem(Unit unit, String value, String printed) {
        assertEquals(printed, unit.format(d(value)));
    }

    @Test
    void aRatioExplanationAndLabelReadInPercent() {
        ScoringRule threshold = new ThresholdType.Rule(
                NAME, Expression.compile("x"), ThresholdType.Bound.AT_LEAST, d("0.05"), d("8"), Unit.PERCENT);
        assertEquals(
                List.of(NAME, "6%", "5%", "8"),
                threshold
                        .score(Facts.of(java.util.Map.of("x", d("0.06"))))
                        .explanation()
                        .arguments());
        assertEquals("x ≥ 5% → 8", threshold.describe(java.util.Locale.CHINA));
        assertEquals("[5%, 10%)", BandsType.Band.defaultLabel(d("0.05"), null, null, d("0.1"), Unit.PERCENT));
    }

    @ParameterizedTest(name = "bands x={0} -> {1}")
    @CsvSource({"-1, 0", "0, 0", "0.99, 0", "1, 6", "2, 6", "2.5, 0", "3, 12", "4, 12", "4.5, 0", "5, 20", "500, 20"})
    void bandsWithInclusiveUpperBounds(String x, String points) {
        ScoringRule rule = new BandsType.Rule(
                NAME,
                Expression.compile("x"),
                List.of(
                        new BandsType.Band(d("5"), null, null, d("20"), null),
                        new BandsType.Band(d("3"), d("4"), null, d("12"), null),
                        new BandsType.Band(d("1"), d("2"), null, d("6"), null)),
                Unit.NUMBER);
        assertEquals(0, d(points).compareTo(score(rule, d(x))));
        assertEquals(0, d("20").compareTo(rule.max()));
    }

    @ParameterizedTest(name = "ratio bands x={0} -> {1}")
    @CsvSource({"0.0999, 3", "0.1, 6", "0.1999, 6", "0.2, 10", "0.05, 3", "0.0499, 0"})
    void bandsWithExclusiveUpperBounds(String x, String points) {
        ScoringRule rule = new BandsType.Rule(
                NAME,
                Expression.compile("x"),
                List.of(
                        new BandsType.Band(d("0.2"), null, null, d("10"), null),
                        new BandsType.Band(d("0.1"), null, d("0.2"), d("6"), null),
                        new BandsType.Band(d("0.05"), null, d("0.1"), d("3"), null)),
                Unit.PERCENT);
        assertEquals(0, d(points).compareTo(score(rule, d(x))));
    }

    @Test
    void bandLabelsAndOverlap() {
        assertEquals("≥5", new BandsType.Band(d("5"), null, null, d("1"), null).label());
        assertEquals("3–4", new BandsType.Band(d("3"), d("4"), null, d("1"), null).label());
        assertEquals("[0.05, 0.1)", new BandsType.Band(d("0.05"), null, d("0.1"), d("1"), null).label());
        assertTrue(new BandsType.Band(d("3"), d("5"), null, d("1"), null)
                .overlaps(new BandsType.Band(d("5"), null, null, d("1"), null)));
        assertTrue(!new BandsType.Band(d("3"), null, d("5"), d("1"), null)
                .overlaps(new BandsType.Band(d("5"), null, null, d("1"), null)));
    }

    @ParameterizedTest(name = "per-item x={0} -> {1}")
    @CsvSource({"0, 0", "1, 2", "4, 8", "5, 10", "6, 10", "100, 10", "3.9, 6", "-2, 0"})
    void perItemWithCap(String x, String points) {
        ScoringRule rule = new PerItemType.Rule(NAME, Expression.compile("x"), d("2"), d("10"));
        assertEquals(0, d(points).compareTo(score(rule, d(x))));
    }

    private static final FieldDefinition TIER = new FieldDefinition(
            "x",
            FieldType.MULTI_CHOICE,
            NAME,
            null,
            false,
            false,
            null,
            null,
            null,
            List.of(
                    new FieldDefinition.Option("BACKBONE", new LocalizedText("骨干企业", "Backbone")),
                    new FieldDefinition.Option("SPECIALISED", new LocalizedText("专精特新", "Specialised")),
                    new FieldDefinition.Option("SME", new LocalizedText("创新型中小企业", "Innovative SME"))),
            List.of(),
            null,
            null,
            List.of(),
            null,
            null,
            false,
            null);

    @ParameterizedTest(name = "choice best of [{0}] -> {1}")
    @CsvSource({"BACKBONE, 10", "SME, 5", "'SME,SPECIALISED', 8", "'', 0", "UNKNOWN, 0"})
    void choiceTakesTheBestOption(String chosen, String points) {
        ScoringRule rule = new ChoiceType.Rule(
                NAME, TIER, Map.of("BACKBONE", d("10"), "SPECIALISED", d("8"), "SME", d("5")), false, null);
        List<String> options = chosen.isEmpty() ? List.of() : List.of(chosen.split(","));
        assertEquals(0, d(points).compareTo(score(rule, options)));
    }

    @ParameterizedTest(name = "choice sum of [{0}] -> {1}")
    @CsvSource({"BACKBONE, 10", "'SME,SPECIALISED', 12", "'BACKBONE,SME,SPECIALISED', 15"})
    void choiceSumsUpToTheCap(String chosen, String points) {
        ScoringRule rule = new ChoiceType.Rule(
                NAME, TIER, Map.of("BACKBONE", d("10"), "SPECIALISED", d("8"), "SME", d("4")), true, d("15"));
        assertEquals(0, d(points).compareTo(score(rule, List.of(chosen.split(",")))));
    }

    @ParameterizedTest(name = "best-of a={0}, b={1} -> {2} by {3}")
    @CsvSource({"5, 1, 5, A", "1, 5, 5, B", "3, 3, 3, A", "0, 0, 0, A"})
    void bestOfKeepsTheHigherAndNamesIt(String a, String b, String points, String chosen) {
        TypeContext.Nested alternativeA = new TypeContext.Nested(
                new LocalizedText("A", "A"), new PerItemType.Rule(NAME, Expression.compile("a"), d("1"), d("5")));
        TypeContext.Nested alternativeB = new TypeContext.Nested(
                new LocalizedText("B", "B"), new PerItemType.Rule(NAME, Expression.compile("b"), d("1"), d("5")));
        ScoringRule rule = new BestOfType.Rule(NAME, List.of(alternativeA, alternativeB));
        ScoringRule.Score score = rule.score(Facts.of(Map.of("a", d(a), "b", d(b))));
        assertEquals(0, d(points).compareTo(score.points()));
        assertEquals(chosen, ((LocalizedText) score.explanation().arguments().get(1)).zh());
    }

    @ParameterizedTest(name = "best-of a={0} b={1} says {2}")
    @CsvSource({"3, 3, bestOf.tie", "3, 2, bestOf", "0, 0, bestOf.tie"})
    void aTieInBestOfSaysTheTwoAreEqual(String a, String b, String key) {
        ScoringRule rule = new BestOfType.Rule(
                NAME,
                List.of(
                        new TypeContext.Nested(
                                new LocalizedText("营收", "revenue"),
                                new PerItemType.Rule(NAME, Expression.compile("a"), d("1"), d("5"))),
                        new TypeContext.Nested(
                                new LocalizedText("投资", "investment"),
                                new PerItemType.Rule(NAME, Expression.compile("b"), d("1"), d("5")))));
        ScoringRule.Score score = rule.score(Facts.of(Map.of("a", d(a), "b", d(b))));
        assertEquals(key, score.explanation().key());
        if (key.equals("bestOf.tie")) {
            assertEquals(
                    "测试：按“营收”和按“投资”计均得 " + a + " 分，两者相同。", score.explanation().in(java.util.Locale.CHINA));
        }
    }

    @Test
    void expertCriteriaArePendingUntilThePanelScores() {
        ExpertType.Rule rule = new ExpertType.Rule(
                NAME,
                List.of(
                        new ExpertType.Grade("A", d("31"), d("40"), null, null, null),
                        new ExpertType.Grade("B", d("21"), d("30"), null, null, null),
                        new ExpertType.Grade("C", d("0"), d("20"), null, null, null)),
                null,
                false);
        assertTrue(rule.expertJudged());
        assertEquals(0, d("40").compareTo(rule.max()));
        assertNull(rule.score(Facts.empty()).points());
        assertEquals("expert.pending", rule.score(Facts.empty()).explanation().key());
    }

    @Test
    void theRegistryRefusesTwoTypesWithOneCode() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> CriterionTypes.of(List.of(new BandsType(), new BandsType())));
        assertTrue(e.getMessage().contains("bands"));
    }

    @Test
    void theRegistryKnowsEveryBuiltInType() {
        assertEquals(
                List.of("bands", "best-of", "choice", "condition", "expert", "per-item", "threshold"),
                Programs.types().codes());
    }
}
