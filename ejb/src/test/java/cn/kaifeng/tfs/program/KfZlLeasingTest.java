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

/** 元宇宙企业融资租赁补贴 (config/programs/kf-zl-leasing.yaml): gates, sums, band edges, threshold, pass rule, award. */
class KfZlLeasingTest {

    static final ProgramDefinition PROGRAM = Programs.shipped("kf-zl-leasing.yaml");

    /** A strong, eligible application with full marks; tests change one thing at a time. */
    static Map<String, Object> strong() {
        Map<String, Object> f = new HashMap<>();
        f.put("equipmentTypes", List.of("SMART_EQUIPMENT", "COMPUTING_POWER"));
        f.put("domesticEquipment", true);
        f.put("leaseType", "DIRECT");
        f.put("leasingAmount", new BigDecimal("20000000"));
        f.put("leaseTermMonths", new BigDecimal("36"));
        f.put("interestPaid", new BigDecimal("800000"));
        f.put("feesPaid", new BigDecimal("200000"));
        f.put("lessorLicensed", true);
        f.put("equipmentInKaifeng", true);
        f.put("enterpriseTier", "BACKBONE");
        f.put("revenueLastYear", new BigDecimal("13000000"));
        f.put("revenuePriorYear", new BigDecimal("10000000"));
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
    void readsAsAHundredPointFundProgramDecidedByFormula() {
        assertEquals("KF-ZL-LEASING", PROGRAM.code());
        assertEquals(ProgramCategory.FUND, PROGRAM.category());
        assertPoints("100", PROGRAM.maxTotal());
        assertFalse(PROGRAM.reviewPath().expertPanel());
        assertEquals(5, PROGRAM.reviewPath().publicNoticeDays());
    }

    @Test
    void aStrongApplicationPassesWithHalfTheCostsPaid() {
        Assessment a = assess(strong());
        assertPoints("100", a.total());
        assertEquals(Outcome.PASSED, a.outcome());
        assertEquals("1000000", a.derivedValues().get("leasingCost"));
        assertEquals(Money.ofYuan(500_000), a.award());
    }

    @ParameterizedTest(name = "equipment {0} -> {1} points")
    @CsvSource({
        "CONTENT_PRODUCTION, 8",
        "SMART_EQUIPMENT, 10",
        "COMPUTING_TERMINAL;OTHER, 10",
        "SMART_EQUIPMENT;CONTENT_PRODUCTION, 18",
        "SMART_EQUIPMENT;COMPUTING_TERMINAL, 20",
        "SMART_EQUIPMENT;COMPUTING_TERMINAL;COMPUTING_POWER, 20"
    })
    void equipmentKindsAddUpToTwenty(String kinds, String points) {
        assertPoints(
                points,
                with("equipmentTypes", options(kinds))
                        .criterion("equipment-kinds")
                        .points());
    }

    @ParameterizedTest(name = "lease type {0} -> {1} points")
    @CsvSource({"DIRECT, 10", "SALE_LEASEBACK, 5"})
    void directLeasesOfNewEquipmentScoreHigher(String type, String points) {
        assertPoints(points, with("leaseType", type).criterion("lease-type").points());
    }

    @ParameterizedTest(name = "domestic {0} -> {1} points")
    @CsvSource({"true, 10", "false, 0"})
    void domesticEquipment(boolean domestic, String points) {
        assertPoints(
                points,
                with("domesticEquipment", domestic)
                        .criterion("domestic-equipment")
                        .points());
    }

    @ParameterizedTest(name = "amount financed {0} -> {1} points")
    @CsvSource({
        "999999.99, 0",
        "1000000, 4",
        "1000000.01, 4",
        "4999999.99, 4",
        "5000000, 8",
        "5000000.01, 8",
        "9999999.99, 8",
        "10000000, 14",
        "10000000.01, 14",
        "19999999.99, 14",
        "20000000, 20",
        "20000000.01, 20"
    })
    void leasingAmountBandEdges(String amount, String points) {
        assertPoints(
                points,
                with("leasingAmount", new BigDecimal(amount))
                        .criterion("leasing-amount")
                        .points());
    }

    @ParameterizedTest(name = "{0} months -> {1} points")
    @CsvSource({"12, 0", "35, 0", "36, 10", "37, 10", "60, 10"})
    void leasesOfThreeYearsOrMore(String months, String points) {
        assertPoints(
                points,
                with("leaseTermMonths", new BigDecimal(months))
                        .criterion("lease-term")
                        .points());
    }

    @ParameterizedTest(name = "tier {0} -> {1} points")
    @CsvSource({"BACKBONE, 15", "SPECIALISED, 12", "INNOVATIVE_SME, 8", "OTHER, 0"})
    void enterpriseTiers(String tier, String points) {
        assertPoints(
                points,
                with("enterpriseTier", tier).criterion("enterprise-tier").points());
    }

    @ParameterizedTest(name = "revenue {0} after 10 million -> {1} points")
    @CsvSource({
        "13000001, 15",
        "13000000, 15",
        "12999999, 10",
        "11500001, 10",
        "11500000, 10",
        "11499999, 5",
        "10500001, 5",
        "10500000, 5",
        "10499999, 0",
        "8000000, 0"
    })
    void revenueGrowthBandEdges(String revenue, String points) {
        assertPoints(
                points,
                with("revenueLastYear", new BigDecimal(revenue))
                        .criterion("revenue-growth")
                        .points());
    }

    @ParameterizedTest(name = "gate {0} fails alone when {1} = {2}")
    @CsvSource({
        "registered-in-kaifeng, registeredInKaifeng, false",
        "licensed-lessor, lessorLicensed, false",
        "equipment-in-kaifeng, equipmentInKaifeng, false",
        "no-serious-dishonesty, noSeriousDishonesty, false"
    })
    void eachGateFailsAloneWithItsReason(String gate, String field, String raw) {
        Assessment a = with(field, value(raw));
        assertEquals(Outcome.INELIGIBLE, a.outcome());
        assertEquals(List.of(gate), a.failedGates().stream().map(g -> g.code()).toList());
        assertTrue(a.failedGates().get(0).failReason().zh().length() > 10);
        assertNull(a.award());
    }

    @ParameterizedTest(name = "equipment {0}: metaverse equipment {1}")
    @CsvSource({
        "OTHER, false",
        ", false",
        "CONTENT_PRODUCTION, true",
        "OTHER;COMPUTING_TERMINAL, true",
        "COMPUTING_POWER, true"
    })
    void onlyMetaverseProductionEquipmentQualifies(String kinds, boolean eligible) {
        Assessment a = with("equipmentTypes", options(kinds));
        assertEquals(eligible, a.eligible());
        if (!eligible) {
            assertEquals(
                    List.of("metaverse-equipment"),
                    a.failedGates().stream().map(g -> g.code()).toList());
        }
    }

    /** Equipment 20 (smart equipment, direct lease, imported); term 36 months; the amount, tier and growth vary. */
    @ParameterizedTest(name = "amount {0}, {1}, revenue {2} -> {3}, {4}")
    @CsvSource({
        "20000000, OTHER, 11500000, 60, PASSED",
        "10000000, BACKBONE, 10000000, 59, FAILED",
        "20000000, INNOVATIVE_SME, 10000000, 58, FAILED",
        "20000000, SPECIALISED, 10000000, 62, PASSED"
    })
    void passesFromSixtyPoints(String amount, String tier, String revenue, String total, Outcome outcome) {
        Map<String, Object> f = strong();
        f.put("equipmentTypes", List.of("SMART_EQUIPMENT"));
        f.put("domesticEquipment", false);
        f.put("leasingAmount", new BigDecimal(amount));
        f.put("enterpriseTier", tier);
        f.put("revenueLastYear", new BigDecimal(revenue));
        Assessment a = assess(f);
        assertPoints("20", a.section("equipment").points());
        assertPoints(total, a.total());
        assertEquals(outcome, a.outcome());
        if (outcome == Outcome.FAILED) {
            assertEquals("decided.failed.total", a.decidedBy().key());
        }
    }

    @ParameterizedTest(name = "{0}, {1}, domestic {2} -> equipment {3}, {4}")
    @CsvSource({
        "SMART_EQUIPMENT, DIRECT, false, 20, PASSED",
        "CONTENT_PRODUCTION, DIRECT, false, 18, FAILED",
        "CONTENT_PRODUCTION, SALE_LEASEBACK, false, 13, FAILED",
        "CONTENT_PRODUCTION, SALE_LEASEBACK, true, 23, PASSED"
    })
    void theEquipmentSectionNeedsTwentyPoints(
            String kinds, String type, boolean domestic, String equipment, Outcome outcome) {
        Map<String, Object> f = strong();
        f.put("equipmentTypes", options(kinds));
        f.put("leaseType", type);
        f.put("domesticEquipment", domestic);
        Assessment a = assess(f);
        assertPoints(equipment, a.section("equipment").points());
        assertTrue(a.total().compareTo(new BigDecimal("60")) >= 0, "the total alone would pass");
        assertEquals(outcome, a.outcome());
        if (outcome == Outcome.FAILED) {
            assertEquals("decided.failed.section", a.decidedBy().key());
        }
    }

    @ParameterizedTest(name = "interest {0}, fees {1}, amount {2} -> {3} ({4})")
    @CsvSource({
        "800000, 200000, 20000000, 500000, award.formula",
        "800000, , 20000000, 400000, award.formula",
        "800000, 200000, 10000000, 300000, award.formula",
        "333333, 0, 20000000, 166666.50, award.formula",
        "2000000, 0, 100000000, 1000000, award.formula",
        "3000000, 0, 100000000, 1000000, award.capped",
        "2000000, 0.02, 100000000, 1000000, award.capped"
    })
    void halfTheCostsPaidAtMostThreePercentOfTheAmountAndOneMillion(
            String interest, String fees, String amount, String award, String explanation) {
        Map<String, Object> f = strong();
        f.put("interestPaid", new BigDecimal(interest));
        if (fees == null) {
            f.remove("feesPaid");
        } else {
            f.put("feesPaid", new BigDecimal(fees));
        }
        f.put("leasingAmount", new BigDecimal(amount));
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
