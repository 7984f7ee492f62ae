package cn.kaifeng.tfs.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.acceptance.domain.PerformanceScore;
import cn.kaifeng.tfs.acceptance.domain.PerformanceScore.Line;
import cn.kaifeng.tfs.program.domain.IndicatorCategory;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The performance score: each indicator by how far its target is met, the total weighted by category. */
class PerformanceScoreTest {

    private static Line line(IndicatorCategory category, boolean higher, String target, String achieved) {
        return new Line("x", category, higher, new BigDecimal(target), new BigDecimal(achieved));
    }

    @ParameterizedTest(name = "{0} target {1}, achieved {2}: {3}")
    @CsvSource({
        "higher, 10, 10, 100.00",
        "higher, 10, 12, 100.00", // over-achieving is capped
        "higher, 10, 5, 50.00",
        "higher, 3, 2, 66.67", // rounded half up to two places
        "higher, 3, 0, 0.00",
        "higher, 0, 0, 100.00", // a target of nothing is met by anything
        "lower, 5, 5, 100.00",
        "lower, 5, 2, 100.00", // below the ceiling is met in full
        "lower, 5, 10, 50.00",
        "lower, 0, 0, 100.00",
        "lower, 0, 1, 0.00", // a ceiling of nothing is broken by anything
        "lower, 2, 3, 66.67",
    })
    void eachIndicatorScoresByHowFarItsTargetIsMet(String better, String target, String achieved, String score) {
        Line l = line(IndicatorCategory.OUTPUT, better.equals("higher"), target, achieved);
        assertEquals(new BigDecimal(score), PerformanceScore.score(l));
    }

    @Test
    void theTotalWeighsOutputFiftyBenefitThirtySatisfactionTen() {
        PerformanceScore.Result r = PerformanceScore.of(List.of(
                line(IndicatorCategory.OUTPUT, true, "10", "10"), // 100
                line(IndicatorCategory.OUTPUT, true, "10", "5"), // 50: output mean 75
                line(IndicatorCategory.BENEFIT, true, "100", "40"), // 40
                line(IndicatorCategory.SATISFACTION, true, "90", "90"))); // 100
        // (75 × 50 + 40 × 30 + 100 × 10) / 90 = 5950 / 90 = 66.111…
        assertEquals(new BigDecimal("66.11"), r.total());
        assertEquals(
                List.of(
                        new BigDecimal("100.00"),
                        new BigDecimal("50.00"),
                        new BigDecimal("40.00"),
                        new BigDecimal("100.00")),
                r.scores());
    }

    @Test
    void aMissingCategoryLeavesTheOthersWeighedOutOfAHundred() {
        PerformanceScore.Result r = PerformanceScore.of(List.of(
                line(IndicatorCategory.OUTPUT, true, "10", "10"), // 100
                line(IndicatorCategory.BENEFIT, true, "10", "5"))); // 50
        // (100 × 50 + 50 × 30) / 80 = 81.25
        assertEquals(new BigDecimal("81.25"), r.total());
    }

    @Test
    void everythingMetScoresAHundredExactly() {
        PerformanceScore.Result r = PerformanceScore.of(List.of(
                line(IndicatorCategory.OUTPUT, true, "3", "3"),
                line(IndicatorCategory.BENEFIT, false, "3", "1"),
                line(IndicatorCategory.SATISFACTION, true, "95", "96")));
        assertEquals(new BigDecimal("100.00"), r.total());
    }

    @Test
    void anIndicatorWithoutATargetOrWithANegativeValueIsRefused() {
        assertThrows(DomainException.class, () -> new Line("x", IndicatorCategory.OUTPUT, true, null, BigDecimal.ONE));
        assertThrows(
                DomainException.class,
                () -> new Line("x", IndicatorCategory.OUTPUT, true, BigDecimal.ONE, new BigDecimal("-1")));
        assertThrows(DomainException.class, () -> PerformanceScore.of(List.of()));
    }
}
