package cn.kaifeng.tfs.program;

import static cn.kaifeng.tfs.program.Programs.assertPoints;
import static cn.kaifeng.tfs.program.Programs.options;
import static cn.kaifeng.tfs.program.Programs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.Assessor;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.Outcome;
import cn.kaifeng.tfs.program.domain.ProgramCategory;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.expression.Facts;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 元宇宙企业股权质押贷款 (config/programs/kf-xd-equity-pledge.yaml): gates, best-of, band edges, ratios, award. */
class KfXdEquityPledgeTest {

    static final ProgramDefinition PROGRAM = Programs.shipped("kf-xd-equity-pledge.yaml");

    /** A strong, eligible application with full marks; tests change one thing at a time. */
    static Map<String, Object> strong() {
        Map<String, Object> f = new HashMap<>();
        f.put("techField", "XR");
        f.put("enterpriseTier", "BACKBONE");
        f.put("scenes", List.of("INDUSTRY", "CULTURE_TOURISM", "SMART_CITY"));
        f.put("pledgedEquityValue", new BigDecimal("20000000"));
        f.put("latestValuation", BigDecimal.ZERO);
        f.put("institutionalInvestors", new BigDecimal("2"));
        f.put("totalAssets", new BigDecimal("100000000"));
        f.put("totalLiabilities", new BigDecimal("50000000"));
        f.put("revenueLastYear", new BigDecimal("52000000"));
        f.put("revenuePriorYear", new BigDecimal("40000000"));
        f.put("loanRequested", new BigDecimal("6000000"));
        f.put("equityUnencumbered", true);
        f.put("registeredInKaifeng", true);
        f.put("noSeriousDishonesty", true);
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
    void readsAsAHundredPointLoanProgramWithoutAPanel() {
        assertEquals("KF-XD-EQUITY-PLEDGE", PROGRAM.code());
        assertEquals(ProgramCategory.LOAN, PROGRAM.category());
        assertPoints("100", PROGRAM.maxTotal());
        assertFalse(PROGRAM.reviewPath().expertPanel());
    }

    @Test
    void aStrongApplicationPasses() {
        Assessment a = assess(strong());
        assertPoints("100", a.total());
        assertEquals(Outcome.PASSED, a.outcome());
        assertEquals("0.5", a.derivedValues().get("debtRatio"));
        assertEquals("0.3", a.derivedValues().get("revenueGrowth"));
        assertEquals(Money.ofYuan(6_000_000), a.award());
    }

    @ParameterizedTest(name = "pledged {0}, valuation {1} -> {2} points by {3}")
    @CsvSource({
        "20000000, 0, 20, 质押股权评估价值",
        "20000000.01, 0, 20, 质押股权评估价值",
        "19999999.99, 0, 14, 质押股权评估价值",
        "10000000, 0, 14, 质押股权评估价值",
        "9999999.99, 0, 8, 质押股权评估价值",
        "5000000, 0, 8, 质押股权评估价值",
        "4999999.99, 0, 4, 质押股权评估价值",
        "2000000, 0, 4, 质押股权评估价值",
        "1999999.99, 0, 0, 质押股权评估价值",
        "0, 500000000, 20, 最近一轮投后估值",
        "0, 500000000.01, 20, 最近一轮投后估值",
        "0, 499999999.99, 14, 最近一轮投后估值",
        "0, 200000000, 14, 最近一轮投后估值",
        "0, 199999999.99, 8, 最近一轮投后估值",
        "0, 100000000, 8, 最近一轮投后估值",
        "0, 99999999.99, 4, 最近一轮投后估值",
        "0, 50000000, 4, 最近一轮投后估值",
        "0, 49999999.99, 0, 质押股权评估价值",
        "5000000, 200000000, 14, 最近一轮投后估值",
        "10000000, 100000000, 14, 质押股权评估价值"
    })
    void equityValueTakesTheBetterOfPledgedValueAndValuation(
            String pledged, String valuation, String points, String chosen) {
        Map<String, Object> f = strong();
        f.put("pledgedEquityValue", new BigDecimal(pledged));
        f.put("latestValuation", new BigDecimal(valuation));
        Assessment a = assess(f);
        assertPoints(points, a.criterion("equity-value").points());
        LocalizedText named = (LocalizedText)
                a.criterion("equity-value").explanation().arguments().get(1);
        assertEquals(chosen, named.zh());
    }

    @ParameterizedTest(name = "{0} professional investors -> {1} points")
    @CsvSource({"0, 0", "1, 5", "2, 10", "3, 10", "20, 10"})
    void institutionalInvestorsCapAtTen(String investors, String points) {
        assertPoints(
                points,
                with("institutionalInvestors", new BigDecimal(investors))
                        .criterion("institutional-investors")
                        .points());
    }

    @ParameterizedTest(name = "liabilities {0} of 100 million -> {1} points")
    @CsvSource({"0, 10", "59999999.99, 10", "60000000, 10", "60000000.01, 0", "80000000, 0"})
    void debtRatioOfSixtyPercentAtMost(String liabilities, String points) {
        Assessment a = with("totalLiabilities", new BigDecimal(liabilities));
        assertPoints(points, a.criterion("debt-ratio").points());
        assertTrue(a.eligible());
    }

    @ParameterizedTest(name = "revenue {0} -> {1} points")
    @CsvSource({
        "4999999.99, 0",
        "5000000, 5",
        "5000000.01, 5",
        "19999999.99, 5",
        "20000000, 10",
        "20000000.01, 10",
        "49999999.99, 10",
        "50000000, 15",
        "50000000.01, 15"
    })
    void revenueBandEdges(String revenue, String points) {
        assertPoints(
                points,
                with("revenueLastYear", new BigDecimal(revenue))
                        .criterion("revenue")
                        .points());
    }

    @ParameterizedTest(name = "revenue {0} after {1} -> {2} points")
    @CsvSource({
        "13000000, 10000000, 10",
        "13000001, 10000000, 10",
        "12999999, 10000000, 6",
        "11000000, 10000000, 6",
        "11000001, 10000000, 6",
        "10999999, 10000000, 2",
        "10500000, 10000000, 2",
        "10500001, 10000000, 2",
        "10499999, 10000000, 0",
        "9000000, 10000000, 0",
        "13000000, 0, 0"
    })
    void revenueGrowthBandEdges(String revenue, String prior, String points) {
        Map<String, Object> f = strong();
        f.put("revenueLastYear", new BigDecimal(revenue));
        f.put("revenuePriorYear", new BigDecimal(prior));
        assertPoints(points, assess(f).criterion("revenue-growth").points());
    }

    @ParameterizedTest(name = "tier {0} -> {1} points")
    @CsvSource({"BACKBONE, 10", "SPECIALISED, 8", "INNOVATIVE_SME, 6", "OTHER, 0"})
    void enterpriseTiers(String tier, String points) {
        assertPoints(
                points,
                with("enterpriseTier", tier).criterion("enterprise-tier").points());
    }

    @ParameterizedTest(name = "field {0} -> {1} points")
    @CsvSource({
        "XR, 15",
        "BCI, 15",
        "DIGITAL_TWIN, 15",
        "AI_CHIP, 15",
        "MODELING_3D, 12",
        "AI_ALGORITHM, 12",
        "NFT_ASSETS, 10"
    })
    void keyFields(String field, String points) {
        assertPoints(points, with("techField", field).criterion("key-field").points());
    }

    @ParameterizedTest(name = "scenes {0} -> {1} points")
    @CsvSource({
        ", 0",
        "EDUCATION, 3",
        "EDUCATION;DIGITAL_HUMAN, 6",
        "INDUSTRY;ENERGY, 8",
        "INDUSTRY;ENERGY;EDUCATION, 10",
        "INDUSTRY;ENERGY;CULTURE_TOURISM;SMART_CITY, 10"
    })
    void applicationScenesAddUpToTen(String scenes, String points) {
        assertPoints(
                points,
                with("scenes", options(scenes)).criterion("application-scenes").points());
    }

    @ParameterizedTest(name = "gate {0} fails alone when {1} = {2}")
    @CsvSource({
        "registered-in-kaifeng, registeredInKaifeng, false",
        "metaverse-business, techField, OTHER",
        "equity-unencumbered, equityUnencumbered, false",
        "debt-ratio-limit, totalLiabilities, 80000000.01",
        "debt-ratio-limit, totalAssets, 0",
        "no-serious-dishonesty, noSeriousDishonesty, false"
    })
    void eachGateFailsAloneWithItsReason(String gate, String field, String raw) {
        Assessment a = with(field, value(raw));
        assertEquals(Outcome.INELIGIBLE, a.outcome());
        assertEquals(List.of(gate), a.failedGates().stream().map(g -> g.code()).toList());
        assertTrue(a.failedGates().get(0).failReason().zh().length() > 10);
        assertNull(a.award());
    }

    /** Equity 40, no growth (the prior year equals the last); revenue, tier, field and scenes make the total. */
    @ParameterizedTest(name = "revenue {0}, {1}, {2}, scenes {3} -> {4}, {5}")
    @CsvSource({
        "5000000, OTHER, XR, , 60, PASSED",
        "4999999.99, OTHER, XR, , 55, FAILED",
        "0, OTHER, MODELING_3D, EDUCATION;ENERGY, 59, FAILED",
        "0, INNOVATIVE_SME, XR, , 61, PASSED"
    })
    void passesFromSixtyPoints(
            String revenue, String tier, String field, String scenes, String total, Outcome outcome) {
        Map<String, Object> f = strong();
        f.put("revenueLastYear", new BigDecimal(revenue));
        f.put("revenuePriorYear", new BigDecimal(revenue));
        f.put("enterpriseTier", tier);
        f.put("techField", field);
        f.put("scenes", options(scenes));
        Assessment a = assess(f);
        assertPoints("40", a.section("equity").points());
        assertPoints(total, a.total());
        assertEquals(outcome, a.outcome());
        if (outcome == Outcome.FAILED) {
            assertEquals("decided.failed.total", a.decidedBy().key());
        }
    }

    @ParameterizedTest(name = "pledged {0}, {1} investors, liabilities {2} -> equity {3}, {4}")
    @CsvSource({
        "1000000, 1, 50000000, 15, PASSED",
        "2000000, 0, 50000000, 14, FAILED",
        "20000000, 0, 70000000, 20, PASSED",
        "5000000, 1, 70000000, 13, FAILED"
    })
    void theEquitySectionNeedsFifteenPoints(
            String pledged, String investors, String liabilities, String equity, Outcome outcome) {
        Map<String, Object> f = strong();
        f.put("pledgedEquityValue", new BigDecimal(pledged));
        f.put("institutionalInvestors", new BigDecimal(investors));
        f.put("totalLiabilities", new BigDecimal(liabilities));
        Assessment a = assess(f);
        assertPoints(equity, a.section("equity").points());
        assertTrue(a.total().compareTo(new BigDecimal("60")) >= 0, "the total alone would pass");
        assertEquals(outcome, a.outcome());
        if (outcome == Outcome.FAILED) {
            assertEquals("decided.failed.section", a.decidedBy().key());
        }
    }

    @ParameterizedTest(name = "pledged {0}, loan {1} -> {2} ({3})")
    @CsvSource({
        "20000000, 6000000, 6000000, award.formula",
        "20000000, 10000000, 8000000, award.formula",
        "25000000, 12000000, 10000000, award.formula",
        "30000000, 15000000, 10000000, award.capped",
        "30000000, 10000000.01, 10000000, award.capped"
    })
    void theLoanIsFortyPercentOfThePledgedEquityAtMostTenMillion(
            String pledged, String loan, String award, String explanation) {
        Map<String, Object> f = strong();
        f.put("pledgedEquityValue", new BigDecimal(pledged));
        f.put("loanRequested", new BigDecimal(loan));
        Assessment a = assess(f);
        assertEquals(Money.ofYuan(new BigDecimal(award)), a.award());
        assertEquals(explanation, a.awardExplanation().key());
    }

    @Test
    void sameFactsGiveTheSameAssessment() {
        assertEquals(assess(strong()), assess(strong()));
    }
}
