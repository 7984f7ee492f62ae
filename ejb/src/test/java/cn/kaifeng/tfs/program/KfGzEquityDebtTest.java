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

/** 元宇宙企业股债联动贷款 (config/programs/kf-gz-equity-debt.yaml): gates, band edges, best-of, route, award. */
class KfGzEquityDebtTest {

    static final ProgramDefinition PROGRAM = Programs.shipped("kf-gz-equity-debt.yaml");

    /** A strong, eligible enterprise backed by a registered venture fund; tests change one thing at a time. */
    static Map<String, Object> strong() {
        Map<String, Object> f = new HashMap<>();
        f.put("equityRaised", new BigDecimal("50000000"));
        f.put("investorType", "LICENSED_VC");
        f.put("bankOption", true);
        f.put("techField", "XR");
        f.put("enterpriseTier", "SPECIALISED");
        f.put("scenes", List.of("INDUSTRY", "SMART_CITY", "EDUCATION"));
        f.put("revenueLastYear", new BigDecimal("15000000"));
        f.put("revenuePriorYear", new BigDecimal("10000000"));
        f.put("rdSpend", new BigDecimal("2250000"));
        f.put("loanRequested", new BigDecimal("15000000"));
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
        assertEquals("KF-GZ-EQUITY-DEBT", PROGRAM.code());
        assertEquals(ProgramCategory.LOAN, PROGRAM.category());
        assertEquals("KF-GZ", PROGRAM.numberPrefix());
        assertPoints("100", PROGRAM.maxTotal());
        assertFalse(PROGRAM.reviewPath().expertPanel());
    }

    @Test
    void aStrongApplicationPassesOnItsScore() {
        Assessment a = assess(strong());
        // equity 20 + 8 + 10; growth 20 + 15; industry 15 + 10 = 98
        assertPoints("98", a.total());
        assertEquals(Outcome.PASSED, a.outcome());
        assertNull(a.directRoute());
        assertEquals(Money.ofYuan(15_000_000), a.award());
    }

    @ParameterizedTest(name = "equity raised {0} -> {1} points")
    @CsvSource({
        "999999.99, 0",
        "1000000, 5",
        "1000000.01, 5",
        "4999999.99, 5",
        "5000000, 10",
        "5000000.01, 10",
        "19999999.99, 10",
        "20000000, 15",
        "20000000.01, 15",
        "49999999.99, 15",
        "50000000, 20",
        "50000000.01, 20"
    })
    void equityAmountBandEdges(String equity, String points) {
        assertPoints(
                points,
                with("equityRaised", new BigDecimal(equity))
                        .criterion("equity-amount")
                        .points());
    }

    @ParameterizedTest(name = "lead investor {0} -> {1} points")
    @CsvSource({"CITY_FUND, 10", "LICENSED_VC, 8", "CORPORATE, 5"})
    void leadInvestors(String type, String points) {
        assertPoints(
                points, with("investorType", type).criterion("investor-type").points());
    }

    @Test
    void aBankShareOptionIsWorthTenPoints() {
        assertPoints("10", assess(strong()).criterion("bank-option").points());
        assertPoints("0", with("bankOption", false).criterion("bank-option").points());
        Map<String, Object> f = strong();
        f.remove("bankOption");
        assertPoints("0", assess(f).criterion("bank-option").points());
    }

    @ParameterizedTest(name = "revenue {0} after {1}, R&D {2} -> {3} points by {4}")
    @CsvSource({
        "15000000, 10000000, 0, 20, 营业收入增长率",
        "14999999, 10000000, 0, 14, 营业收入增长率",
        "13000000, 10000000, 0, 14, 营业收入增长率",
        "12999999, 10000000, 0, 8, 营业收入增长率",
        "11000000, 10000000, 0, 8, 营业收入增长率",
        "10999999, 10000000, 0, 0, 营业收入增长率",
        "10000000, 10000000, 1500000, 20, 研发投入强度",
        "10000000, 10000000, 1499999, 14, 研发投入强度",
        "10000000, 10000000, 1000000, 14, 研发投入强度",
        "10000000, 10000000, 999999, 8, 研发投入强度",
        "10000000, 10000000, 500000, 8, 研发投入强度",
        "10000000, 10000000, 499999, 0, 营业收入增长率",
        "13000000, 10000000, 1950000, 20, 研发投入强度",
        "15000000, 10000000, 750000, 20, 营业收入增长率",
        "0, 0, 500000, 0, 营业收入增长率"
    })
    void growthMomentumTakesTheBetterOfGrowthAndRdIntensity(
            String revenue, String prior, String rd, String points, String chosen) {
        Map<String, Object> f = strong();
        f.put("revenueLastYear", new BigDecimal(revenue));
        f.put("revenuePriorYear", new BigDecimal(prior));
        f.put("rdSpend", new BigDecimal(rd));
        Assessment a = assess(f);
        assertPoints(points, a.criterion("growth-momentum").points());
        LocalizedText named = (LocalizedText)
                a.criterion("growth-momentum").explanation().arguments().get(1);
        assertEquals(chosen, named.zh());
    }

    @ParameterizedTest(name = "tier {0} -> {1} points")
    @CsvSource({"BACKBONE, 15", "SPECIALISED, 15", "INNOVATIVE_SME, 10", "OTHER, 0"})
    void enterpriseTiers(String tier, String points) {
        assertPoints(
                points,
                with("enterpriseTier", tier).criterion("enterprise-tier").points());
    }

    @ParameterizedTest(name = "scenes {0} -> {1} points")
    @CsvSource({", 0", "DIGITAL_HUMAN, 3", "ENERGY;EDUCATION, 7", "INDUSTRY;ENERGY;CULTURE_TOURISM, 10"})
    void applicationScenesAddUpToTen(String scenes, String points) {
        assertPoints(
                points,
                with("scenes", options(scenes)).criterion("application-scenes").points());
    }

    @ParameterizedTest(name = "gate {0} fails alone when {1} = {2}")
    @CsvSource({
        "registered-in-kaifeng, registeredInKaifeng, false",
        "metaverse-business, techField, OTHER",
        "equity-raised, equityRaised, 999999.99",
        "equity-raised, investorType, OTHER",
        "no-serious-dishonesty, noSeriousDishonesty, false"
    })
    void eachGateFailsAloneWithItsReason(String gate, String field, String raw) {
        Assessment a = with(field, value(raw));
        assertEquals(Outcome.INELIGIBLE, a.outcome());
        assertEquals(List.of(gate), a.failedGates().stream().map(g -> g.code()).toList());
        assertTrue(a.failedGates().get(0).failReason().zh().length() > 10);
        assertNull(a.award());
    }

    /** A corporate investor's 20 million without a bank option: equity 15 + 5 = 20, the section minimum. */
    @ParameterizedTest(name = "revenue {0}, {1}, scenes {2} -> {3}, {4}")
    @CsvSource({
        "10000000, XR, INDUSTRY;ENERGY;SMART_CITY, 60, PASSED",
        "11000000, MODELING_3D, ENERGY, 59, FAILED",
        "10000000, NFT_ASSETS, INDUSTRY;ENERGY;SMART_CITY, 55, FAILED"
    })
    void passesFromSixtyPoints(String revenue, String field, String scenes, String total, Outcome outcome) {
        Map<String, Object> f = strong();
        f.put("equityRaised", new BigDecimal("20000000"));
        f.put("investorType", "CORPORATE");
        f.put("bankOption", false);
        f.put("revenueLastYear", new BigDecimal(revenue));
        f.put("revenuePriorYear", new BigDecimal("10000000"));
        f.put("rdSpend", BigDecimal.ZERO);
        f.put("techField", field);
        f.put("scenes", options(scenes));
        Assessment a = assess(f);
        assertPoints("20", a.section("equity").points());
        assertPoints(total, a.total());
        assertEquals(outcome, a.outcome());
        if (outcome == Outcome.FAILED) {
            assertEquals("decided.failed.total", a.decidedBy().key());
        }
    }

    @ParameterizedTest(name = "equity {0} from {1}, option {2} -> section {3}, {4}")
    @CsvSource({
        "20000000, CORPORATE, false, 20, PASSED",
        "5000000, LICENSED_VC, false, 18, FAILED",
        "19999999.99, CORPORATE, false, 15, FAILED",
        "1000000, CORPORATE, true, 20, PASSED"
    })
    void theEquitySectionNeedsTwentyPoints(
            String equity, String investor, boolean option, String section, Outcome outcome) {
        Map<String, Object> f = strong();
        f.put("equityRaised", new BigDecimal(equity));
        f.put("investorType", investor);
        f.put("bankOption", option);
        Assessment a = assess(f);
        assertPoints(section, a.section("equity").points());
        assertTrue(a.total().compareTo(new BigDecimal("60")) >= 0, "the total alone would pass");
        assertEquals(outcome, a.outcome());
        if (outcome == Outcome.FAILED) {
            assertEquals("decided.failed.section", a.decidedBy().key());
        }
    }

    @Test
    void theCityFundQualifiesDirectlyButGatesStillApply() {
        Map<String, Object> f = strong();
        f.put("investorType", "CITY_FUND");
        f.put("equityRaised", new BigDecimal("1000000"));
        f.put("bankOption", false);
        f.put("enterpriseTier", "OTHER");
        f.put("revenueLastYear", new BigDecimal("10000000"));
        f.put("rdSpend", BigDecimal.ZERO);
        Assessment a = assess(f);
        assertTrue(a.total().compareTo(new BigDecimal("60")) < 0, "the score alone would fail");
        assertEquals(Outcome.PASSED, a.outcome());
        assertEquals("city-fund-invested", a.directRoute());
        assertEquals(Money.ofYuan(1_500_000), a.award());

        f.put("equityRaised", new BigDecimal("999999.99"));
        assertEquals(Outcome.INELIGIBLE, assess(f).outcome());
        f.put("equityRaised", new BigDecimal("1000000"));
        f.put("registeredInKaifeng", false);
        assertEquals(Outcome.INELIGIBLE, assess(f).outcome());
    }

    @ParameterizedTest(name = "{0}: equity {1}, requested {2} -> {3} ({4})")
    @CsvSource({
        "LICENSED_VC, 50000000, 15000000, 15000000, award.formula",
        "LICENSED_VC, 10000000, 15000000, 10000000, award.formula",
        "CITY_FUND, 10000000, 18000000, 15000000, award.formula",
        "CITY_FUND, 20000000, 30000000, 20000000, award.capped",
        "LICENSED_VC, 50000000, 20000000, 20000000, award.formula",
        "LICENSED_VC, 50000000, 30000000, 20000000, award.capped"
    })
    void theLoanFollowsTheEquityRaisedUpToTwentyMillion(
            String investor, String equity, String requested, String award, String explanation) {
        Map<String, Object> f = strong();
        f.put("investorType", investor);
        f.put("equityRaised", new BigDecimal(equity));
        f.put("loanRequested", new BigDecimal(requested));
        Assessment a = assess(f);
        assertEquals(Outcome.PASSED, a.outcome());
        assertEquals(Money.ofYuan(new BigDecimal(award)), a.award());
        assertEquals(explanation, a.awardExplanation().key());
    }

    @Test
    void sameFactsGiveTheSameAssessment() {
        assertEquals(assess(strong()), assess(strong()));
    }
}
