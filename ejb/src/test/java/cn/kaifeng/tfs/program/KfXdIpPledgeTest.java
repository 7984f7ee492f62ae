package cn.kaifeng.tfs.program;

import static cn.kaifeng.tfs.program.Programs.assertPoints;
import static cn.kaifeng.tfs.program.Programs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.Assessor;
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

/** 元宇宙企业知识产权质押贷款 (config/programs/kf-xd-ip-pledge.yaml): gates, caps, band edges, ratios, bonus, award. */
class KfXdIpPledgeTest {

    static final ProgramDefinition PROGRAM = Programs.shipped("kf-xd-ip-pledge.yaml");

    /** A strong, eligible application with full marks; tests change one thing at a time. */
    static Map<String, Object> strong() {
        Map<String, Object> f = new HashMap<>();
        f.put("techField", "XR");
        f.put("enterpriseTier", "SPECIALISED");
        f.put("inventionPatents", new BigDecimal("5"));
        f.put("softwareCopyrights", new BigDecimal("5"));
        f.put("standardsDrafted", BigDecimal.ZERO);
        f.put("pledgedValuation", new BigDecimal("10000000"));
        f.put("loanRequested", new BigDecimal("5000000"));
        f.put("rdSpend", new BigDecimal("1500000"));
        f.put("revenueLastYear", new BigDecimal("30000000"));
        f.put("ipClear", true);
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
        assertEquals("KF-XD-IP-PLEDGE", PROGRAM.code());
        assertEquals(ProgramCategory.LOAN, PROGRAM.category());
        assertPoints("100", PROGRAM.maxTotal());
        assertFalse(PROGRAM.reviewPath().expertPanel());
    }

    @Test
    void aStrongApplicationPassesWithHalfTheValuation() {
        Assessment a = assess(strong());
        assertPoints("100", a.total());
        assertEquals(Outcome.PASSED, a.outcome());
        assertEquals(Money.ofYuan(5_000_000), a.award());
    }

    @ParameterizedTest(name = "{0} invention patents -> {1} points")
    @CsvSource({"0, 0", "1, 4", "4, 16", "5, 20", "6, 20", "100, 20"})
    void inventionPatentsCapAtTwenty(String patents, String points) {
        assertPoints(
                points,
                with("inventionPatents", new BigDecimal(patents))
                        .criterion("invention-patents")
                        .points());
    }

    @ParameterizedTest(name = "{0} software copyrights -> {1} points")
    @CsvSource({"0, 0", "1, 2", "4, 8", "5, 10", "6, 10", "100, 10"})
    void softwareCopyrightsCapAtTen(String copyrights, String points) {
        assertPoints(
                points,
                with("softwareCopyrights", new BigDecimal(copyrights))
                        .criterion("software-copyrights")
                        .points());
    }

    @ParameterizedTest(name = "valuation {0} -> {1} points")
    @CsvSource({
        "999999.99, 0",
        "1000000, 4",
        "1000000.01, 4",
        "1999999.99, 4",
        "2000000, 8",
        "2000000.01, 8",
        "4999999.99, 8",
        "5000000, 14",
        "5000000.01, 14",
        "9999999.99, 14",
        "10000000, 20",
        "10000000.01, 20"
    })
    void valuationBandEdges(String valuation, String points) {
        assertPoints(
                points,
                with("pledgedValuation", new BigDecimal(valuation))
                        .criterion("valuation")
                        .points());
    }

    @ParameterizedTest(name = "loan {0} against 10 million -> {1} points")
    @CsvSource({"4000000, 10", "4999999.99, 10", "5000000, 10", "5000000.01, 0", "8000000, 0", "0, 0"})
    void theValuationMustCoverTheLoanTwice(String loan, String points) {
        assertPoints(
                points,
                with("loanRequested", new BigDecimal(loan))
                        .criterion("pledge-coverage")
                        .points());
    }

    @ParameterizedTest(name = "R&D {0} of revenue {1} -> {2} points")
    @CsvSource({
        "1499999.99, 30000000, 0",
        "1500000, 30000000, 15",
        "1500000.01, 30000000, 15",
        "50000, 1000000, 15",
        "49999, 1000000, 0",
        "1500000, 0, 0"
    })
    void rdIntensityOfFivePercent(String rd, String revenue, String points) {
        Map<String, Object> f = strong();
        f.put("rdSpend", new BigDecimal(rd));
        f.put("revenueLastYear", new BigDecimal(revenue));
        assertPoints(points, assess(f).criterion("rd-intensity").points());
    }

    @ParameterizedTest(name = "tier {0} -> {1} points")
    @CsvSource({"SPECIALISED, 15", "BACKBONE, 12", "INNOVATIVE_SME, 10", "OTHER, 0"})
    void enterpriseTiers(String tier, String points) {
        assertPoints(
                points,
                with("enterpriseTier", tier).criterion("enterprise-tier").points());
    }

    @ParameterizedTest(name = "{0} standards, R&D {1}, tier {2} -> bonus {3}, innovation {4}")
    @CsvSource({
        "0, 1500000, SPECIALISED, 0, 30",
        "1, 1500000, SPECIALISED, 5, 30",
        "1, 0, SPECIALISED, 5, 20",
        "3, 0, BACKBONE, 5, 17",
        "0, 0, BACKBONE, 0, 12",
        "1, 1500000, INNOVATIVE_SME, 5, 30"
    })
    void standardsAreABonusWithinTheInnovationSection(
            String standards, String rd, String tier, String bonus, String innovation) {
        Map<String, Object> f = strong();
        f.put("standardsDrafted", new BigDecimal(standards));
        f.put("rdSpend", new BigDecimal(rd));
        f.put("enterpriseTier", tier);
        Assessment a = assess(f);
        assertPoints(bonus, a.criterion("standards").points());
        assertPoints(innovation, a.section("innovation").points());
    }

    @ParameterizedTest(name = "gate {0} fails alone when {1} = {2}")
    @CsvSource({
        "registered-in-kaifeng, registeredInKaifeng, false",
        "metaverse-field, techField, OTHER",
        "ip-clear, ipClear, false",
        "valuation-minimum, pledgedValuation, 999999.99",
        "valuation-minimum, pledgedValuation, 0",
        "no-serious-dishonesty, noSeriousDishonesty, false"
    })
    void eachGateFailsAloneWithItsReason(String gate, String field, String raw) {
        Assessment a = with(field, value(raw));
        assertEquals(Outcome.INELIGIBLE, a.outcome());
        assertEquals(List.of(gate), a.failedGates().stream().map(g -> g.code()).toList());
        assertTrue(a.failedGates().get(0).failReason().zh().length() > 10);
        assertNull(a.award());
    }

    @Test
    void aValuationOfOneMillionIsEnough() {
        Map<String, Object> f = strong();
        f.put("pledgedValuation", new BigDecimal("1000000"));
        f.put("loanRequested", new BigDecimal("500000"));
        assertTrue(assess(f).eligible());
    }

    /** IP at its minimum: no patents, 2 copyrights (4) in 3D modelling (8) = 12. */
    @ParameterizedTest(name = "valuation {0}, loan {1}, R&D {2}, {3}, {4} standards -> {5}, {6}")
    @CsvSource({
        "2000000, 1000000, 1500000, SPECIALISED, 0, 60, PASSED",
        "10000000, 5000000, 0, BACKBONE, 1, 59, FAILED",
        "10000000, 5000000, 0, INNOVATIVE_SME, 1, 57, FAILED",
        "10000000, 5000000, 0, SPECIALISED, 1, 62, PASSED"
    })
    void passesFromSixtyPoints(
            String valuation, String loan, String rd, String tier, String standards, String total, Outcome outcome) {
        Map<String, Object> f = strong();
        f.put("inventionPatents", BigDecimal.ZERO);
        f.put("softwareCopyrights", new BigDecimal("2"));
        f.put("techField", "MODELING_3D");
        f.put("pledgedValuation", new BigDecimal(valuation));
        f.put("loanRequested", new BigDecimal(loan));
        f.put("rdSpend", new BigDecimal(rd));
        f.put("enterpriseTier", tier);
        f.put("standardsDrafted", new BigDecimal(standards));
        Assessment a = assess(f);
        assertPoints("12", a.section("ip").points());
        assertPoints(total, a.total());
        assertEquals(outcome, a.outcome());
        if (outcome == Outcome.FAILED) {
            assertEquals("decided.failed.total", a.decidedBy().key());
        }
    }

    @ParameterizedTest(name = "{0} patents, {1} copyrights, {2} -> IP {3}, {4}")
    @CsvSource({
        "0, 2, MODELING_3D, 12, PASSED",
        "0, 2, NFT_ASSETS, 10, FAILED",
        "1, 0, NFT_ASSETS, 10, FAILED",
        "0, 0, XR, 10, FAILED",
        "1, 1, NFT_ASSETS, 12, PASSED"
    })
    void theIpSectionNeedsTwelvePoints(String patents, String copyrights, String field, String ip, Outcome outcome) {
        Map<String, Object> f = strong();
        f.put("inventionPatents", new BigDecimal(patents));
        f.put("softwareCopyrights", new BigDecimal(copyrights));
        f.put("techField", field);
        Assessment a = assess(f);
        assertPoints(ip, a.section("ip").points());
        assertTrue(a.total().compareTo(new BigDecimal("60")) >= 0, "the total alone would pass");
        assertEquals(outcome, a.outcome());
        if (outcome == Outcome.FAILED) {
            assertEquals("decided.failed.section", a.decidedBy().key());
        }
    }

    @ParameterizedTest(name = "valuation {0}, loan {1} -> {2} ({3})")
    @CsvSource({
        "10000000, 5000000, 5000000, award.formula",
        "10000000, 4000000, 4000000, award.formula",
        "10000000, 8000000, 5000000, award.formula",
        "20000000, 10000000, 10000000, award.formula",
        "30000000, 9000000, 9000000, award.formula",
        "30000000, 12000000, 10000000, award.capped"
    })
    void theLoanIsHalfTheValuationAtMostTenMillion(String valuation, String loan, String award, String explanation) {
        Map<String, Object> f = strong();
        f.put("pledgedValuation", new BigDecimal(valuation));
        f.put("loanRequested", new BigDecimal(loan));
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
