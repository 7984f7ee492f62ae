package cn.kaifeng.tfs.program;

import static cn.kaifeng.tfs.program.Programs.assertPoints;
import static cn.kaifeng.tfs.program.Programs.options;
import static cn.kaifeng.tfs.program.Programs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** 元宇宙产业投资基金参股申请 (config/programs/kf-jj-fund.yaml): gates, band edges, caps, pass rule, route, award. */
class KfJjFundTest {

    static final ProgramDefinition PROGRAM = Programs.shipped("kf-jj-fund.yaml");

    /** A strong, eligible fund of 1 billion yuan; tests change one thing at a time. */
    static Map<String, Object> strong() {
        Map<String, Object> f = new HashMap<>();
        f.put("fundName", "开封元宇宙产业投资基金");
        f.put("fundSize", new BigDecimal("1000000000"));
        f.put("committedCapital", new BigDecimal("500000000"));
        f.put("kaifengShare", new BigDecimal("0.6"));
        f.put("focusFields", List.of("XR", "DIGITAL_TWIN", "AI_CHIP"));
        f.put("fundInKaifeng", true);
        f.put("managerRegistered", true);
        f.put("metaverseDeals", new BigDecimal("6"));
        f.put("managedAssets", new BigDecimal("5000000000"));
        f.put("seniorStaff", new BigDecimal("3"));
        f.put("provincialFundCommitted", false);
        f.put("requestedContribution", new BigDecimal("150000000"));
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
    void readsAsAHundredPointFundProgramWithAPanel() {
        assertEquals("KF-JJ-FUND", PROGRAM.code());
        assertEquals(ProgramCategory.FUND, PROGRAM.category());
        assertPoints("100", PROGRAM.maxTotal());
        assertTrue(PROGRAM.reviewPath().expertPanel());
        assertNull(PROGRAM.effectiveTo(), "open-ended");
    }

    @Test
    void aStrongFundWaitsForTheExperts() {
        Assessment a = assess(strong());
        assertTrue(a.eligible());
        // fund plan 12 + 10 + 8 + 5; manager 15 + 12 + 8 = 70 objective points
        assertPoints("70", a.total());
        assertEquals(Outcome.PENDING_EXPERT, a.outcome());
        assertTrue(a.criterion("investment-strategy").pending());
        assertNull(a.award());
    }

    @ParameterizedTest(name = "fund size {0} -> {1} points")
    @CsvSource({
        "199999999.99, 0",
        "200000000, 4",
        "200000000.01, 4",
        "499999999.99, 4",
        "500000000, 8",
        "500000000.01, 8",
        "999999999.99, 8",
        "1000000000, 12",
        "1000000000.01, 12"
    })
    void fundSizeBandEdges(String size, String points) {
        assertPoints(
                points,
                with("fundSize", new BigDecimal(size)).criterion("fund-size").points());
    }

    @ParameterizedTest(name = "Kaifeng share {0} -> {1} points")
    @CsvSource({
        "0.2999, 0",
        "0.3, 4",
        "0.3001, 4",
        "0.4499, 4",
        "0.45, 7",
        "0.4501, 7",
        "0.5999, 7",
        "0.6, 10",
        "0.6001, 10",
        "1, 10"
    })
    void kaifengShareBandEdges(String share, String points) {
        assertPoints(
                points,
                with("kaifengShare", new BigDecimal(share))
                        .criterion("kaifeng-share")
                        .points());
    }

    @ParameterizedTest(name = "committed {0} of 1 billion -> {1} points")
    @CsvSource({"0, 0", "499999999.99, 0", "500000000, 8", "500000000.01, 8", "1000000000, 8"})
    void privateCapitalSecuredAtHalfTheFund(String committed, String points) {
        assertPoints(
                points,
                with("committedCapital", new BigDecimal(committed))
                        .criterion("capital-secured")
                        .points());
    }

    @ParameterizedTest(name = "focus {0} -> {1} points")
    @CsvSource({
        "XR, 2",
        "MODELING_3D, 1",
        "XR;MODELING_3D, 3",
        "XR;DIGITAL_TWIN, 4",
        "XR;DIGITAL_TWIN;AI_CHIP, 5",
        "XR;DIGITAL_TWIN;BCI;AI_CHIP;NFT_ASSETS, 5"
    })
    void focusFieldsAddUpToFive(String fields, String points) {
        assertPoints(
                points,
                with("focusFields", options(fields)).criterion("focus-fields").points());
    }

    @ParameterizedTest(name = "assets under management {0} -> {1} points")
    @CsvSource({
        "199999999.99, 0",
        "200000000, 5",
        "200000000.01, 5",
        "999999999.99, 5",
        "1000000000, 10",
        "1000000000.01, 10",
        "4999999999.99, 10",
        "5000000000, 15",
        "5000000000.01, 15"
    })
    void managedAssetsBandEdges(String assets, String points) {
        assertPoints(
                points,
                with("managedAssets", new BigDecimal(assets))
                        .criterion("managed-assets")
                        .points());
    }

    @ParameterizedTest(name = "{0} metaverse investments -> {1} points")
    @CsvSource({"1, 2", "2, 4", "5, 10", "6, 12", "7, 12", "50, 12"})
    void metaverseDealsCapAtTwelve(String deals, String points) {
        assertPoints(
                points,
                with("metaverseDeals", new BigDecimal(deals))
                        .criterion("metaverse-deals")
                        .points());
    }

    @ParameterizedTest(name = "{0} senior staff -> {1} points")
    @CsvSource({"0, 0", "2, 0", "3, 8", "10, 8"})
    void aCoreTeamOfThree(String staff, String points) {
        assertPoints(
                points,
                with("seniorStaff", new BigDecimal(staff))
                        .criterion("senior-team")
                        .points());
    }

    @ParameterizedTest(name = "gate {0} fails alone when {1} = {2}")
    @CsvSource({
        "fund-in-kaifeng, fundInKaifeng, false",
        "metaverse-experience, metaverseDeals, 0",
        "manager-registered, managerRegistered, false",
        "kaifeng-share-minimum, kaifengShare, 0.2999",
        "no-serious-dishonesty, noSeriousDishonesty, false"
    })
    void eachGateFailsAloneWithItsReason(String gate, String field, String raw) {
        Assessment a = with(field, value(raw));
        assertEquals(Outcome.INELIGIBLE, a.outcome());
        assertEquals(List.of(gate), a.failedGates().stream().map(g -> g.code()).toList());
        assertTrue(a.failedGates().get(0).failReason().en().length() > 10);
    }

    @ParameterizedTest(name = "{0} metaverse deals, share {1}: eligible")
    @CsvSource({"1, 0.3", "2, 0.30"})
    void oneDealAndThirtyPercentAreEnough(String deals, String share) {
        Map<String, Object> f = strong();
        f.put("metaverseDeals", new BigDecimal(deals));
        f.put("kaifengShare", new BigDecimal(share));
        assertTrue(assess(f).eligible());
    }

    /**
     * A small fund: plan 4 + 4 + 8 + focus, manager 5 + 6 + 8 = 19. With full expert marks (30) the total
     * reaches 70 only when the focus fields are worth 5.
     */
    @ParameterizedTest(name = "focus {0} -> objective {1}, {2}")
    @CsvSource({
        "XR;DIGITAL_TWIN, 39, FAILED, decided.failed.totalEvenWithExperts",
        "XR;DIGITAL_TWIN;AI_CHIP, 40, PENDING_EXPERT, decided.pending"
    })
    void theTotalMinimumCountsTheExpertsAtBest(String fields, String total, Outcome outcome, String decidedBy) {
        Map<String, Object> f = strong();
        f.put("fundSize", new BigDecimal("200000000"));
        f.put("committedCapital", new BigDecimal("100000000"));
        f.put("kaifengShare", new BigDecimal("0.3"));
        f.put("focusFields", options(fields));
        f.put("managedAssets", new BigDecimal("200000000"));
        f.put("metaverseDeals", new BigDecimal("3"));
        Assessment a = assess(f);
        assertPoints(total, a.total());
        assertEquals(outcome, a.outcome());
        assertEquals(decidedBy, a.decidedBy().key());
    }

    @ParameterizedTest(name = "assets {0}, {1} deals, {2} senior -> manager {3}, {4}")
    @CsvSource({
        "1000000000, 2, 0, 14, FAILED",
        "200000000, 1, 3, 15, PENDING_EXPERT",
        "200000000, 3, 0, 11, FAILED",
        "5000000000, 1, 0, 17, PENDING_EXPERT"
    })
    void theManagerNeedsFifteenPointsWhateverTheExpertsSay(
            String assets, String deals, String senior, String manager, Outcome outcome) {
        Map<String, Object> f = strong();
        f.put("managedAssets", new BigDecimal(assets));
        f.put("metaverseDeals", new BigDecimal(deals));
        f.put("seniorStaff", new BigDecimal(senior));
        Assessment a = assess(f);
        assertPoints(manager, a.section("manager").points());
        assertEquals(outcome, a.outcome());
        if (outcome == Outcome.FAILED) {
            assertEquals("decided.failed.sectionEvenWithExperts", a.decidedBy().key());
        }
    }

    @Test
    void aProvincialGuidanceFundCommitmentQualifiesDirectlyButGatesStillApply() {
        Map<String, Object> f = strong();
        f.put("provincialFundCommitted", true);
        f.put("managedAssets", BigDecimal.ZERO);
        f.put("metaverseDeals", BigDecimal.ONE);
        f.put("seniorStaff", BigDecimal.ZERO);
        Assessment a = assess(f);
        assertEquals(Outcome.PASSED, a.outcome());
        assertEquals("provincial-fund-committed", a.directRoute());
        assertTrue(a.award() != null);

        f.put("fundInKaifeng", false);
        assertEquals(Outcome.INELIGIBLE, assess(f).outcome());
    }

    @ParameterizedTest(name = "fund {0}, requested {1} -> {2} ({3})")
    @CsvSource({
        "400000000, 150000000, 80000000, award.formula",
        "400000000, 50000000, 50000000, award.formula",
        "500000000, 100000000, 100000000, award.formula",
        "1000000000, 150000000, 100000000, award.capped",
        "2000000000, 500000000, 100000000, award.capped"
    })
    void theCityFundContributesAFifthOfTheFundUpToTheCap(
            String size, String requested, String award, String explanation) {
        Map<String, Object> f = strong();
        f.put("provincialFundCommitted", true);
        f.put("fundSize", new BigDecimal(size));
        f.put("requestedContribution", new BigDecimal(requested));
        Assessment a = assess(f);
        assertEquals(Money.ofYuan(new BigDecimal(award)), a.award());
        assertEquals(explanation, a.awardExplanation().key());
    }

    @Test
    void afterThePanelTheSameRuleApplies() {
        Map<String, Object> f = strong();
        f.put("fundSize", new BigDecimal("300000000"));
        BigDecimal computed = PROGRAM.award().formula().number(Facts.of(f).with("total", new BigDecimal("85")));
        assertPoints("60000000", computed);
    }

    @Test
    void sameFactsGiveTheSameAssessment() {
        assertEquals(assess(strong()), assess(strong()));
    }
}
