package cn.kaifeng.tfs.program;

import static cn.kaifeng.tfs.program.Programs.assertPoints;
import static cn.kaifeng.tfs.program.Programs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.Assessor;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.Outcome;
import cn.kaifeng.tfs.program.domain.ProgramCategory;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.expression.Facts;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 元宇宙高层次人才创新创业扶持 (config/programs/kf-rc-talent.yaml): gates, band edges, caps, best-of, routes, award. */
class KfRcTalentTest {

    static final ProgramDefinition PROGRAM = Programs.shipped("kf-rc-talent.yaml");

    /** A strong, eligible application of a provincial talent; tests change one thing at a time. */
    static Map<String, Object> strong() {
        Map<String, Object> f = new HashMap<>();
        f.put("talentTitle", "PROVINCIAL");
        f.put("highestDegree", "DOCTORATE");
        f.put("industryYears", new BigDecimal("10"));
        f.put("founderShare", new BigDecimal("0.30"));
        f.put("techField", "XR");
        f.put("inventionPatents", new BigDecimal("4"));
        f.put("softwareCopyrights", BigDecimal.ZERO);
        f.put("paidInCapital", new BigDecimal("5000000"));
        f.put("equityFinancing", new BigDecimal("20000000"));
        f.put("revenueLastYear", BigDecimal.ZERO);
        f.put("ventureInKaifeng", true);
        f.put("noSeriousDishonesty", true);
        f.put("requestedAmount", new BigDecimal("2000000"));
        return f;
    }

    static Assessment assess(Map<String, Object> facts) {
        return Assessor.assess(PROGRAM, Facts.of(facts));
    }

    static Assessment with(String field, Object value) {
        Map<String, Object> f = strong();
        f.put(field, value);
        return assess(f);
    }

    @Test
    void readsAsAHundredPointTalentProgramWithAPanel() {
        assertEquals("KF-RC-TALENT", PROGRAM.code());
        assertEquals(ProgramCategory.TALENT, PROGRAM.category());
        assertEquals("KF-CY", PROGRAM.numberPrefix());
        assertPoints("100", PROGRAM.maxTotal());
        assertTrue(PROGRAM.reviewPath().expertPanel());
        assertEquals(5, PROGRAM.reviewPath().minExperts());
    }

    @Test
    void aStrongApplicationWaitsForTheExperts() {
        Assessment a = assess(strong());
        assertTrue(a.eligible());
        // talent 12 + 10 + 5; technology 12 + 8; venture 8 + 12 = 67 objective points
        assertPoints("67", a.total());
        assertEquals(Outcome.PENDING_EXPERT, a.outcome());
        assertTrue(a.criterion("venture-prospects").pending());
        assertNull(a.award(), "no award before the panel has scored");
    }

    @ParameterizedTest(name = "talent title {0} -> {1} points")
    @CsvSource({"TOP, 15", "NATIONAL, 14", "PROVINCIAL, 12", "CITY, 8", "NONE, 0"})
    void talentTitles(String title, String points) {
        assertPoints(
                points, with("talentTitle", title).criterion("talent-title").points());
    }

    @ParameterizedTest(name = "{0} years in the field -> {1} points")
    @CsvSource({"0, 0", "2.9, 0", "3, 3", "3.1, 3", "4.9, 3", "5, 6", "5.1, 6", "9.9, 6", "10, 10", "10.1, 10", "40, 10"
    })
    void industryExperienceBandEdges(String years, String points) {
        assertPoints(
                points,
                with("industryYears", new BigDecimal(years))
                        .criterion("industry-experience")
                        .points());
    }

    @ParameterizedTest(name = "degree {0} -> {1} points")
    @CsvSource({"DOCTORATE, 5", "MASTER, 3", "BACHELOR, 1", "OTHER, 0"})
    void degrees(String degree, String points) {
        assertPoints(points, with("highestDegree", degree).criterion("degree").points());
    }

    @ParameterizedTest(name = "{0} invention patents -> {1} points")
    @CsvSource({"0, 0", "1, 3", "3, 9", "4, 12", "5, 12", "100, 12"})
    void inventionPatentsCapAtTwelve(String patents, String points) {
        assertPoints(
                points,
                with("inventionPatents", new BigDecimal(patents))
                        .criterion("invention-patents")
                        .points());
    }

    @ParameterizedTest(name = "{0} patents and {1} copyrights -> bonus {2}, technology {3}")
    @CsvSource({"4, 0, 0, 20", "4, 3, 3, 20", "2, 3, 3, 17", "3, 4, 4, 20", "3, 10, 4, 20", "0, 10, 4, 12"})
    void softwareCopyrightBonusStaysWithinTheSection(
            String patents, String copyrights, String bonus, String technology) {
        Map<String, Object> f = strong();
        f.put("inventionPatents", new BigDecimal(patents));
        f.put("softwareCopyrights", new BigDecimal(copyrights));
        Assessment a = assess(f);
        assertPoints(bonus, a.criterion("software-copyrights").points());
        assertPoints(technology, a.section("technology").points());
    }

    @ParameterizedTest(name = "paid-in capital {0} -> {1} points")
    @CsvSource({
        "0, 0",
        "499999.99, 0",
        "500000, 2",
        "500000.01, 2",
        "1999999.99, 2",
        "2000000, 5",
        "2000000.01, 5",
        "4999999.99, 5",
        "5000000, 8",
        "5000000.01, 8"
    })
    void paidInCapitalBandEdges(String capital, String points) {
        assertPoints(
                points,
                with("paidInCapital", new BigDecimal(capital))
                        .criterion("paid-in-capital")
                        .points());
    }

    @ParameterizedTest(name = "equity {0}, revenue {1} -> {2} points by {3}")
    @CsvSource({
        "20000000, 0, 12, 已获股权投资",
        "20000000.01, 0, 12, 已获股权投资",
        "19999999.99, 0, 8, 已获股权投资",
        "5000000, 0, 8, 已获股权投资",
        "4999999.99, 0, 4, 已获股权投资",
        "1000000, 0, 4, 已获股权投资",
        "999999.99, 0, 0, 已获股权投资",
        "0, 10000000, 12, 上年度营业收入",
        "0, 10000000.01, 12, 上年度营业收入",
        "0, 9999999.99, 8, 上年度营业收入",
        "0, 3000000, 8, 上年度营业收入",
        "0, 2999999.99, 4, 上年度营业收入",
        "0, 500000, 4, 上年度营业收入",
        "0, 499999.99, 0, 已获股权投资",
        "1000000, 3000000, 8, 上年度营业收入",
        "5000000, 500000, 8, 已获股权投资",
        "5000000, 3000000, 8, 已获股权投资"
    })
    void marketTractionTakesTheBetterOfEquityAndRevenue(String equity, String revenue, String points, String chosen) {
        Map<String, Object> f = strong();
        f.put("equityFinancing", new BigDecimal(equity));
        f.put("revenueLastYear", new BigDecimal(revenue));
        Assessment a = assess(f);
        assertPoints(points, a.criterion("market-traction").points());
        // the explanation names the alternative that counted (the first one on a tie)
        LocalizedText named = (LocalizedText)
                a.criterion("market-traction").explanation().arguments().get(1);
        assertEquals(chosen, named.zh());
    }

    @ParameterizedTest(name = "gate {0} fails alone when {1} = {2}")
    @CsvSource({
        "metaverse-field, techField, OTHER",
        "venture-in-kaifeng, ventureInKaifeng, false",
        "founder-share, founderShare, 0.0999",
        "founder-share, founderShare, 0",
        "no-serious-dishonesty, noSeriousDishonesty, false"
    })
    void eachGateFailsAloneWithItsReason(String gate, String field, String raw) {
        Assessment a = with(field, value(raw));
        assertEquals(Outcome.INELIGIBLE, a.outcome());
        assertEquals(List.of(gate), a.failedGates().stream().map(g -> g.code()).toList());
        assertTrue(a.failedGates().get(0).failReason().zh().length() > 10);
        assertTrue(a.failedGates().get(0).failReason().en().length() > 10);
        assertNull(a.award());
    }

    @Test
    void aTenPercentShareIsEnough() {
        assertTrue(with("founderShare", new BigDecimal("0.1")).eligible());
    }

    /**
     * A city-level talent at the talent minimum (8 + 3 + 1 = 12), technology 2 patents (6) + NFT (5) + copyrights,
     * venture 5 + 4 = 9: the copyrights decide whether even full expert marks (30) can reach 65.
     */
    @ParameterizedTest(name = "{0} copyrights -> objective {1}, {2}")
    @CsvSource({
        "2, 34, FAILED, decided.failed.totalEvenWithExperts",
        "3, 35, PENDING_EXPERT, decided.pending",
        "4, 36, PENDING_EXPERT, decided.pending"
    })
    void theTotalMinimumCountsTheExpertsAtBest(String copyrights, String total, Outcome outcome, String decidedBy) {
        Map<String, Object> f = strong();
        f.put("talentTitle", "CITY");
        f.put("industryYears", new BigDecimal("3"));
        f.put("highestDegree", "BACHELOR");
        f.put("inventionPatents", new BigDecimal("2"));
        f.put("techField", "NFT_ASSETS");
        f.put("softwareCopyrights", new BigDecimal(copyrights));
        f.put("paidInCapital", new BigDecimal("2000000"));
        f.put("equityFinancing", BigDecimal.ZERO);
        f.put("revenueLastYear", new BigDecimal("500000"));
        Assessment a = assess(f);
        assertPoints("12", a.section("talent").points());
        assertPoints(total, a.total());
        assertEquals(outcome, a.outcome());
        assertEquals(decidedBy, a.decidedBy().key());
    }

    @ParameterizedTest(name = "{0} + {1} years + {2} -> talent {3}, {4}")
    @CsvSource({
        "CITY, 3, OTHER, 11, FAILED",
        "CITY, 3, BACHELOR, 12, PENDING_EXPERT",
        "NONE, 10, DOCTORATE, 15, PENDING_EXPERT",
        "NONE, 10, OTHER, 10, FAILED"
    })
    void theTalentSectionNeedsTwelvePointsWhateverTheExpertsSay(
            String title, String years, String degree, String talent, Outcome outcome) {
        Map<String, Object> f = strong();
        f.put("talentTitle", title);
        f.put("industryYears", new BigDecimal(years));
        f.put("highestDegree", degree);
        Assessment a = assess(f);
        assertPoints(talent, a.section("talent").points());
        assertEquals(outcome, a.outcome());
        if (outcome == Outcome.FAILED) {
            // the expert part is another section: full marks there cannot lift the talent section
            assertEquals("decided.failed.sectionEvenWithExperts", a.decidedBy().key());
        }
    }

    @ParameterizedTest(name = "{0} qualifies directly")
    @CsvSource({"TOP", "NATIONAL"})
    void topTalentsQualifyDirectlyButGatesStillApply(String title) {
        Map<String, Object> f = strong();
        f.put("talentTitle", title);
        f.put("industryYears", BigDecimal.ZERO);
        f.put("highestDegree", "OTHER");
        f.put("inventionPatents", BigDecimal.ZERO);
        Assessment a = assess(f);
        assertEquals(Outcome.PASSED, a.outcome());
        assertEquals("top-talent", a.directRoute());
        assertEquals("decided.directRoute", a.decidedBy().key());
        assertEquals(Money.ofYuan(2_000_000), a.award());

        f.put("ventureInKaifeng", false);
        Assessment outside = assess(f);
        assertEquals(Outcome.INELIGIBLE, outside.outcome());
        assertNull(outside.directRoute());
    }

    @Test
    void aProvincialTalentHasNoDirectRoute() {
        assertNull(assess(strong()).directRoute());
    }

    @ParameterizedTest(name = "{0}: requested {1}, paid-in {2} -> {3} ({4})")
    @CsvSource({
        "NATIONAL, 2000000, 5000000, 2000000, award.formula",
        "NATIONAL, 4000000, 2500000, 2500000, award.formula",
        "TOP, 3000000, 3000000, 3000000, award.formula",
        "TOP, 8000000, 6000000, 3000000, award.capped",
        "NATIONAL, 3000000.01, 3000000.01, 3000000, award.capped"
    })
    void topTalentsGetTheirWholePaidInCapitalUpToTheCap(
            String title, String requested, String capital, String award, String explanation) {
        Map<String, Object> f = strong();
        f.put("talentTitle", title);
        f.put("requestedAmount", new BigDecimal(requested));
        f.put("paidInCapital", new BigDecimal(capital));
        Assessment a = assess(f);
        assertEquals(Money.ofYuan(new BigDecimal(award)), a.award());
        assertEquals(explanation, a.awardExplanation().key());
    }

    @ParameterizedTest(name = "{0}: requested {1}, paid-in {2} -> formula {3}")
    @CsvSource({
        "PROVINCIAL, 4000000, 5000000, 2500000",
        "CITY, 1000000, 5000000, 1000000",
        "NONE, 9000000, 9000000, 4500000",
        "NATIONAL, 9000000, 9000000, 9000000"
    })
    void afterThePanelOthersGetHalfTheirPaidInCapital(String title, String requested, String capital, String formula) {
        Map<String, Object> f = strong();
        f.put("talentTitle", title);
        f.put("requestedAmount", new BigDecimal(requested));
        f.put("paidInCapital", new BigDecimal(capital));
        BigDecimal computed = PROGRAM.award().formula().number(Facts.of(f).with("total", new BigDecimal("80")));
        assertPoints(formula, computed);
        assertEquals(Money.ofYuan(3_000_000), PROGRAM.award().cap());
    }

    @Test
    void sameFactsGiveTheSameAssessment() {
        assertEquals(assess(strong()), assess(strong()));
    }

    /** A panel score outside the criterion's range is refused with the criterion and its range, never cut to fit. */
    @ParameterizedTest(name = "panel score {0}")
    @CsvSource({"30.01", "31", "-0.5"})
    void aPanelScoreOutsideTheRangeIsRefusedNotCapped(String points) {
        DomainException refused = assertThrows(
                DomainException.class,
                () -> Assessor.assess(
                        PROGRAM, Facts.of(strong()), Map.of("venture-prospects", new BigDecimal(points))));
        assertEquals("panel.scoreOutOfRange", refused.messageKey());
        assertEquals(
                List.of(
                        PROGRAM.criteria().stream()
                                .filter(c -> c.code().equals("venture-prospects"))
                                .findFirst()
                                .orElseThrow()
                                .name(),
                        points,
                        "A 25–30、B 18–24、C 10–17、D 0–9"),
                List.of(refused.arguments()));
    }

    @Test
    void aPanelScoreAtTheMaximumCountsInFull() {
        Assessment a = Assessor.assess(PROGRAM, Facts.of(strong()), Map.of("venture-prospects", new BigDecimal("30")));
        assertPoints("30", a.criterion("venture-prospects").points());
    }
}
