package cn.kaifeng.tfs.program;

import static cn.kaifeng.tfs.program.Programs.assertPoints;
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

/** 元宇宙项目“信易贷”信贷支持 (config/programs/kf-xd-credit.yaml): gates, band edges, best-of, tiers, pass rule, award. */
class KfXdCreditTest {

    static final ProgramDefinition PROGRAM = Programs.shipped("kf-xd-credit.yaml");

    /** A strong, eligible backbone enterprise with full marks; tests change one thing at a time. */
    static Map<String, Object> strong() {
        Map<String, Object> f = new HashMap<>();
        f.put("enterpriseTier", "BACKBONE");
        f.put("taxCreditLevel", "A");
        f.put("highTech", true);
        f.put("techField", "XR");
        f.put("inventionPatents", new BigDecimal("5"));
        f.put("revenueLastYear", new BigDecimal("100000000"));
        f.put("revenuePriorYear", new BigDecimal("90000000"));
        f.put("employees", new BigDecimal("200"));
        f.put("projectInvestment", new BigDecimal("50000000"));
        f.put("loanRequested", new BigDecimal("8000000"));
        f.put("registeredInKaifeng", true);
        f.put("noBadLoans", true);
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
        assertEquals("KF-XD-CREDIT", PROGRAM.code());
        assertEquals(ProgramCategory.LOAN, PROGRAM.category());
        assertPoints("100", PROGRAM.maxTotal());
        assertFalse(PROGRAM.reviewPath().expertPanel());
        assertTrue(PROGRAM.directRoutes().isEmpty());
        assertTrue(PROGRAM.criteria().stream().noneMatch(c -> c.expertJudged()));
    }

    @Test
    void aStrongApplicationPassesAtOnce() {
        Assessment a = assess(strong());
        assertPoints("100", a.total());
        assertEquals(Outcome.PASSED, a.outcome());
        assertEquals("decided.passedWithSections", a.decidedBy().key());
        assertEquals(Money.ofYuan(8_000_000), a.award());
    }

    @ParameterizedTest(name = "tier {0} -> {1} points")
    @CsvSource({"BACKBONE, 15", "SPECIALISED, 12", "INNOVATIVE_SME, 8", "OTHER, 0"})
    void enterpriseTiers(String tier, String points) {
        assertPoints(
                points,
                with("enterpriseTier", tier).criterion("enterprise-tier").points());
    }

    @ParameterizedTest(name = "tax credit {0} -> {1} points")
    @CsvSource({"A, 10", "B, 6", "M, 3"})
    void taxCreditRatings(String level, String points) {
        assertPoints(
                points, with("taxCreditLevel", level).criterion("tax-credit").points());
    }

    @ParameterizedTest(name = "high-tech {0} -> {1} points")
    @CsvSource({"true, 5", "false, 0"})
    void highTechEnterprise(boolean highTech, String points) {
        assertPoints(points, with("highTech", highTech).criterion("high-tech").points());
    }

    @Test
    void aMissingHighTechAnswerCountsAsNo() {
        Map<String, Object> f = strong();
        f.remove("highTech");
        assertPoints("0", assess(f).criterion("high-tech").points());
    }

    @ParameterizedTest(name = "{0} invention patents -> {1} points")
    @CsvSource({"0, 0", "1, 4", "2, 9", "3, 9", "4, 9", "5, 15", "6, 15"})
    void inventionPatentBandEdges(String patents, String points) {
        assertPoints(
                points,
                with("inventionPatents", new BigDecimal(patents))
                        .criterion("invention-patents")
                        .points());
    }

    @ParameterizedTest(name = "field {0} -> {1} points")
    @CsvSource({
        "XR, 10",
        "DIGITAL_TWIN, 10",
        "BCI, 10",
        "AI_CHIP, 10",
        "MODELING_3D, 8",
        "AI_ALGORITHM, 8",
        "NFT_ASSETS, 6"
    })
    void keyFields(String field, String points) {
        assertPoints(points, with("techField", field).criterion("key-field").points());
    }

    @ParameterizedTest(name = "revenue {0} after {1} -> {2} points by {3}")
    @CsvSource({
        "100000000, 0, 20, 营业收入规模",
        "99999999.99, 0, 14, 营业收入规模",
        "30000000, 0, 14, 营业收入规模",
        "29999999.99, 0, 8, 营业收入规模",
        "10000000, 0, 8, 营业收入规模",
        "9999999.99, 0, 4, 营业收入规模",
        "2000000, 0, 4, 营业收入规模",
        "1999999.99, 0, 0, 营业收入规模",
        "1500000, 1000000, 20, 营业收入增长率",
        "1499999, 1000000, 14, 营业收入增长率",
        "1300000, 1000000, 14, 营业收入增长率",
        "1299999, 1000000, 8, 营业收入增长率",
        "1150000, 1000000, 8, 营业收入增长率",
        "1149999, 1000000, 4, 营业收入增长率",
        "1050000, 1000000, 4, 营业收入增长率",
        "1049999, 1000000, 0, 营业收入规模",
        "30000000, 20000000, 20, 营业收入增长率",
        "100000000, 50000000, 20, 营业收入规模",
        "12000000, 10000000, 8, 营业收入规模"
    })
    void growthPotentialTakesTheBetterOfRevenueAndGrowth(String revenue, String prior, String points, String chosen) {
        Map<String, Object> f = strong();
        f.put("revenueLastYear", new BigDecimal(revenue));
        f.put("revenuePriorYear", new BigDecimal(prior));
        Assessment a = assess(f);
        assertPoints(points, a.criterion("growth-potential").points());
        LocalizedText named = (LocalizedText)
                a.criterion("growth-potential").explanation().arguments().get(1);
        assertEquals(chosen, named.zh());
    }

    @ParameterizedTest(name = "{0} employees -> {1} points")
    @CsvSource({
        "0, 0", "19, 0", "20, 2", "21, 2", "49, 2", "50, 4", "51, 4", "99, 4", "100, 7", "101, 7", "199, 7", "200, 10",
        "201, 10"
    })
    void employmentBandEdges(String employees, String points) {
        assertPoints(
                points,
                with("employees", new BigDecimal(employees))
                        .criterion("employment")
                        .points());
    }

    @ParameterizedTest(name = "project investment {0} -> {1} points")
    @CsvSource({
        "1999999.99, 0",
        "2000000, 5",
        "2000000.01, 5",
        "9999999.99, 5",
        "10000000, 10",
        "10000000.01, 10",
        "49999999.99, 10",
        "50000000, 15",
        "50000000.01, 15"
    })
    void projectInvestmentBandEdges(String investment, String points) {
        assertPoints(
                points,
                with("projectInvestment", new BigDecimal(investment))
                        .criterion("project-investment")
                        .points());
    }

    @ParameterizedTest(name = "gate {0} fails alone when {1} = {2}")
    @CsvSource({
        "registered-in-kaifeng, registeredInKaifeng, false",
        "metaverse-project, techField, OTHER",
        "good-tax-credit, taxCreditLevel, C",
        "good-tax-credit, taxCreditLevel, D",
        "no-bad-loans, noBadLoans, false",
        "no-serious-dishonesty, noSeriousDishonesty, false"
    })
    void eachGateFailsAloneWithItsReason(String gate, String field, String raw) {
        Assessment a = with(field, value(raw));
        assertEquals(Outcome.INELIGIBLE, a.outcome());
        assertEquals(List.of(gate), a.failedGates().stream().map(g -> g.code()).toList());
        assertTrue(a.failedGates().get(0).failReason().zh().length() > 10);
        assertNull(a.award());
    }

    /**
     * Patents 2 (9) + NFT (6) = technology 15; revenue 10 million without growth (8) + investment 10 million (10);
     * the tier, tax credit and jobs make the total.
     */
    @ParameterizedTest(name = "{0}, {1}, {2} employees -> {3}, {4}")
    @CsvSource({
        "BACKBONE, A, 20, 60, PASSED, decided.passedWithSections",
        "SPECIALISED, A, 50, 59, FAILED, decided.failed.total",
        "BACKBONE, A, 19, 58, FAILED, decided.failed.total",
        "BACKBONE, B, 100, 61, PASSED, decided.passedWithSections"
    })
    void passesFromSixtyPoints(String tier, String tax, String employees, String total, Outcome outcome, String by) {
        Map<String, Object> f = strong();
        f.put("enterpriseTier", tier);
        f.put("taxCreditLevel", tax);
        f.put("highTech", false);
        f.put("inventionPatents", new BigDecimal("2"));
        f.put("techField", "NFT_ASSETS");
        f.put("revenueLastYear", new BigDecimal("10000000"));
        f.put("revenuePriorYear", new BigDecimal("10000000"));
        f.put("employees", new BigDecimal(employees));
        f.put("projectInvestment", new BigDecimal("10000000"));
        Assessment a = assess(f);
        assertPoints(total, a.total());
        assertEquals(outcome, a.outcome());
        assertEquals(by, a.decidedBy().key());
        assertEquals(outcome == Outcome.PASSED, a.award() != null);
    }

    @ParameterizedTest(name = "{0} patents in {1} -> technology {2}, {3}")
    @CsvSource({
        "0, MODELING_3D, 8, FAILED",
        "0, XR, 10, PASSED",
        "1, NFT_ASSETS, 10, PASSED",
        "0, NFT_ASSETS, 6, FAILED"
    })
    void technologyNeedsTenPointsWhateverTheTotal(String patents, String field, String technology, Outcome outcome) {
        Map<String, Object> f = strong();
        f.put("inventionPatents", new BigDecimal(patents));
        f.put("techField", field);
        Assessment a = assess(f);
        assertPoints(technology, a.section("technology").points());
        assertTrue(a.total().compareTo(new BigDecimal("80")) > 0);
        assertEquals(outcome, a.outcome());
        if (outcome == Outcome.FAILED) {
            assertEquals("decided.failed.section", a.decidedBy().key());
        }
    }

    /** Revenue 15 million growing 50 % keeps 20 growth points; the score decides the share of revenue lent. */
    @ParameterizedTest(name = "high-tech {0}, tax {1}, {2}, {3} employees, investment {4} -> {5} points, {6} yuan")
    @CsvSource({
        "false, M, BACKBONE, 100, 10000000, 80, 7500000",
        "false, M, SPECIALISED, 50, 50000000, 79, 4500000",
        "true, A, BACKBONE, 200, 50000000, 100, 7500000"
    })
    void theCreditLineIsHalfTheRevenueFromEightyPointsOtherwiseThirtyPercent(
            boolean highTech,
            String tax,
            String tier,
            String employees,
            String investment,
            String total,
            String award) {
        Map<String, Object> f = strong();
        f.put("highTech", highTech);
        f.put("taxCreditLevel", tax);
        f.put("enterpriseTier", tier);
        f.put("employees", new BigDecimal(employees));
        f.put("projectInvestment", new BigDecimal(investment));
        f.put("revenueLastYear", new BigDecimal("15000000"));
        f.put("revenuePriorYear", new BigDecimal("10000000"));
        f.put("loanRequested", new BigDecimal("9000000"));
        Assessment a = assess(f);
        assertPoints(total, a.total());
        assertEquals(Money.ofYuan(new BigDecimal(award)), a.award());
    }

    @ParameterizedTest(name = "requested {0} -> {1} ({2})")
    @CsvSource({
        "8000000, 8000000, award.formula",
        "10000000, 10000000, award.formula",
        "10000000.01, 10000000, award.capped",
        "20000000, 10000000, award.capped"
    })
    void noMoreThanRequestedAndAtMostTenMillion(String requested, String award, String explanation) {
        Assessment a = with("loanRequested", new BigDecimal(requested));
        assertEquals(Money.ofYuan(new BigDecimal(award)), a.award());
        assertEquals(explanation, a.awardExplanation().key());
    }

    @Test
    void sameFactsGiveTheSameAssessment() {
        assertEquals(assess(strong()), assess(strong()));
    }
}
