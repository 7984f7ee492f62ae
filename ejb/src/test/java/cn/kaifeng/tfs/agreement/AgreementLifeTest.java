package cn.kaifeng.tfs.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.domain.AgreementMove;
import cn.kaifeng.tfs.agreement.domain.AgreementStatus;
import cn.kaifeng.tfs.agreement.domain.Tranche;
import cn.kaifeng.tfs.program.domain.AgreementTemplate;
import cn.kaifeng.tfs.program.domain.IndicatorCategory;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.TrancheCondition;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An agreement's life: every step from every state, allowed where the table says and refused everywhere else. */
class AgreementLifeTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    /** Each step, the states it is taken from, and where it leads. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PROPOSE_TARGETS|DRAFT TARGETS_RETURNED|TARGETS_PROPOSED",
                "RETURN_TARGETS|TARGETS_PROPOSED|TARGETS_RETURNED",
                "ACCEPT_TARGETS|TARGETS_PROPOSED|ISSUED",
                "ACCEPT_AGREEMENT|ISSUED|SIGNED",
                "MEET_CONDITION|SIGNED|SIGNED",
            })
    void eachStepFromEachState(AgreementMove move, String from, AgreementStatus to) {
        Set<AgreementStatus> allowed = EnumSet.noneOf(AgreementStatus.class);
        for (String s : from.split(" ")) {
            allowed.add(AgreementStatus.valueOf(s));
        }
        for (AgreementStatus status : AgreementStatus.values()) {
            if (allowed.contains(status)) {
                assertEquals(to, move.target(status), move + " from " + status);
            } else {
                DomainException refused = assertThrows(DomainException.class, () -> move.target(status));
                assertEquals("agreement.illegalMove", refused.messageKey());
                assertEquals("agreement.move." + move, refused.arguments()[0].toString());
                assertEquals("agreement.status." + status, refused.arguments()[1].toString());
            }
        }
    }

    static AgreementTemplate template(boolean midterm) {
        var source = new cn.kaifeng.tfs.program.domain.PolicySource("KAIFENG_2023", "三（二）", null, null);
        return new AgreementTemplate(
                List.of(
                        new AgreementTemplate.IndicatorTemplate(
                                "products",
                                IndicatorCategory.OUTPUT,
                                new LocalizedText("产品", "Products"),
                                new LocalizedText("个", "items"),
                                true,
                                source),
                        new AgreementTemplate.IndicatorTemplate(
                                "satisfaction",
                                IndicatorCategory.SATISFACTION,
                                new LocalizedText("满意度", null),
                                new LocalizedText("%", null),
                                true,
                                source)),
                midterm
                        ? List.of(
                                new AgreementTemplate.TranchePlan(50, TrancheCondition.ON_SIGNING),
                                new AgreementTemplate.TranchePlan(30, TrancheCondition.AFTER_MIDTERM_CHECK),
                                new AgreementTemplate.TranchePlan(20, TrancheCondition.AFTER_ACCEPTANCE))
                        : List.of(
                                new AgreementTemplate.TranchePlan(70, TrancheCondition.ON_SIGNING),
                                new AgreementTemplate.TranchePlan(30, TrancheCondition.AFTER_ACCEPTANCE)),
                List.of(new LocalizedText("专款专用", null)),
                new AgreementTemplate.ReportingPlan(6, midterm ? 12 : 0, 24),
                "2069999",
                new BigDecimal("500000"),
                null);
    }

    static Agreement drafted(boolean midterm) {
        return Agreement.draft(
                new Agreement.Award(
                        1L, 2L, "示例单位", "KF-RC-2026-00001", "KF-RC-TEAM", 7, "人才团队", "汴财扶团〔2026〕0001号", 100_000_001L),
                template(midterm),
                NOW);
    }

    private static Agreement signed(boolean midterm) {
        Agreement a = drafted(midterm);
        a.proposeTargets(Map.of("products", new BigDecimal("3"), "satisfaction", new BigDecimal("90")), "app", NOW);
        a.issue("rev", "汴财扶团协〔2026〕0001号", "2345-6789-ABCD", "ab".repeat(32), 1000, NOW);
        a.accept("app", NOW);
        return a;
    }

    @Test
    void draftedWithTheTemplatesIndicatorsAndAnExactSplit() {
        Agreement a = drafted(true);
        assertEquals(AgreementStatus.DRAFT, a.status());
        assertEquals(2, a.indicators().size());
        assertEquals(
                List.of(50_000_000L, 30_000_000L, 20_000_001L),
                a.tranches().stream().map(Tranche::amountFen).toList());
    }

    @Test
    void theFullLifeReturnsProposesAgainIssuesAndSigns() {
        Agreement a = drafted(true);
        DomainException missing = assertThrows(
                DomainException.class, () -> a.proposeTargets(Map.of("products", BigDecimal.ONE), "app", NOW));
        assertEquals("agreement.targetMissing", missing.messageKey());
        assertEquals(AgreementStatus.DRAFT, a.status(), "nothing changed by a refused proposal");
        a.proposeTargets(Map.of("products", new BigDecimal("3"), "satisfaction", new BigDecimal("85")), "app", NOW);
        assertEquals(AgreementStatus.TARGETS_PROPOSED, a.status());
        assertEquals(
                "review.reasonRequired",
                assertThrows(DomainException.class, () -> a.returnTargets(" ")).messageKey());
        a.returnTargets("满意度目标偏低");
        assertEquals("满意度目标偏低", a.returnReason());
        a.proposeTargets(Map.of("products", new BigDecimal("3.0"), "satisfaction", new BigDecimal("90")), "app", NOW);
        assertEquals(new BigDecimal("3"), a.indicators().get(0).target());
        a.issue("rev", "汴财扶团协〔2026〕0001号", "2345-6789-ABCD", "ab".repeat(32), 1000, NOW);
        assertEquals(AgreementStatus.ISSUED, a.status());
        assertEquals(List.of(1), a.accept("app", NOW), "the tranche due on signing falls due");
        assertEquals(AgreementStatus.SIGNED, a.status());
        assertTrue(a.tranches().get(0).due());
        assertNotNull(a.acceptedAt());
        assertEquals(
                "agreement.illegalMove",
                assertThrows(DomainException.class, () -> a.accept("app", NOW)).messageKey());
    }

    @ParameterizedTest(name = "target {0}: {1}")
    @CsvSource({"-1,agreement.targetNegative", "1000000000000,agreement.targetRange", "0.00001,agreement.targetRange"})
    void targetsOutOfRangeAreRefused(String value, String key) {
        Agreement a = drafted(true);
        DomainException e = assertThrows(
                DomainException.class,
                () -> a.proposeTargets(
                        Map.of("products", new BigDecimal(value), "satisfaction", BigDecimal.TEN), "app", NOW));
        assertEquals(key, e.messageKey());
    }

    @Test
    void conditionsFallDueOnceInOrderAndOnlyWhenSigned() {
        Agreement unsigned = drafted(true);
        assertEquals(
                "agreement.illegalMove",
                assertThrows(
                                DomainException.class,
                                () -> unsigned.conditionMet(TrancheCondition.AFTER_MIDTERM_CHECK, true, "rev", NOW))
                        .messageKey());

        Agreement a = signed(true);
        assertEquals(
                "agreement.signingIsAcceptance",
                assertThrows(DomainException.class, () -> a.conditionMet(TrancheCondition.ON_SIGNING, true, "rev", NOW))
                        .messageKey());
        assertEquals(
                "agreement.midtermFirst",
                assertThrows(
                                DomainException.class,
                                () -> a.conditionMet(TrancheCondition.AFTER_ACCEPTANCE, true, "rev", NOW))
                        .messageKey());
        assertEquals(List.of(2), a.conditionMet(TrancheCondition.AFTER_MIDTERM_CHECK, true, "rev", NOW));
        assertEquals(
                "agreement.conditionAlreadyMet",
                assertThrows(
                                DomainException.class,
                                () -> a.conditionMet(TrancheCondition.AFTER_MIDTERM_CHECK, true, "rev", NOW))
                        .messageKey());
        assertEquals(List.of(3), a.conditionMet(TrancheCondition.AFTER_ACCEPTANCE, true, "rev", NOW));
        assertTrue(a.tranches().stream().allMatch(Tranche::due));
    }

    @Test
    void withoutAMidtermCheckTheAcceptancePaysTheRestAndAMidtermPaysNothing() {
        Agreement a = signed(false);
        assertEquals(List.of(), a.conditionMet(TrancheCondition.AFTER_MIDTERM_CHECK, false, "rev", NOW));
        assertEquals(List.of(2), a.conditionMet(TrancheCondition.AFTER_ACCEPTANCE, false, "rev", NOW));
    }
}
