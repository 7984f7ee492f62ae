package cn.kaifeng.tfs.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.acceptance.domain.Acceptance;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceAssignment;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceStatus;
import cn.kaifeng.tfs.acceptance.domain.Conclusion;
import cn.kaifeng.tfs.review.domain.ConflictCheck;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The acceptance's state machine and an expert's place on its panel. */
class AcceptanceLifeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final List<String> CODES = List.of("products", "jobs");
    private static final Map<String, BigDecimal> VALUES =
            Map.of("products", new BigDecimal("3"), "jobs", new BigDecimal("12.5"));

    private static Acceptance requested() {
        return new Acceptance(
                new Acceptance.Case(7, 8, "开封示例科技", "KF-2026-0001", "KF-RC-TEAM", 7),
                CODES,
                VALUES,
                "项目已完成。",
                "applicant",
                NOW);
    }

    private static Acceptance scoring() {
        Acceptance a = requested();
        a.open("reviewer", NOW);
        a.panelAssigned();
        return a;
    }

    @Test
    void aRequestNeedsAValueForEveryIndicatorAndASummary() {
        Acceptance a = requested();
        assertEquals(AcceptanceStatus.REQUESTED, a.status());
        assertEquals(1, a.round());
        assertEquals(List.of("products", "jobs"), List.copyOf(a.achieved().keySet()));
        Acceptance.Case of = new Acceptance.Case(7, 8, "x", "n", "p", 1);
        assertThrows(
                DomainException.class,
                () -> new Acceptance(of, CODES, Map.of("products", BigDecimal.ONE), "s", "u", NOW));
        assertThrows(DomainException.class, () -> new Acceptance(of, CODES, VALUES, " ", "u", NOW));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "-1, acceptance.achievedOutOfRange",
        "1000000000000, acceptance.achievedOutOfRange",
        "1.00001, acceptance.achievedTooPrecise",
    })
    void badValuesAreRefusedWithTheirReason(String value, String key) {
        Acceptance.Case of = new Acceptance.Case(7, 8, "x", "n", "p", 1);
        DomainException e = assertThrows(
                DomainException.class,
                () -> new Acceptance(
                        of, CODES, Map.of("products", new BigDecimal(value), "jobs", BigDecimal.ONE), "s", "u", NOW));
        assertEquals(key, e.messageKey());
    }

    @Test
    void aValueForAnIndicatorTheAgreementDoesNotHaveIsRefused() {
        Acceptance.Case of = new Acceptance.Case(7, 8, "x", "n", "p", 1);
        DomainException e = assertThrows(
                DomainException.class,
                () -> new Acceptance(
                        of,
                        CODES,
                        Map.of("products", BigDecimal.ONE, "jobs", BigDecimal.ONE, "other", BigDecimal.ONE),
                        "s",
                        "u",
                        NOW));
        assertEquals("acceptance.unknownIndicator", e.messageKey());
    }

    @Test
    void movesOutOfOrderAreRefused() {
        Acceptance a = requested();
        assertThrows(DomainException.class, a::panelAssigned);
        assertThrows(DomainException.class, () -> a.conclude(Conclusion.PASSED, BigDecimal.TEN, "r", TODAY, 3));
        a.open("reviewer", NOW);
        assertThrows(DomainException.class, () -> a.open("reviewer", NOW));
        assertThrows(DomainException.class, () -> a.requestAgain(CODES, VALUES, "s", "applicant", NOW));
    }

    @Test
    void aPassIsFinal() {
        Acceptance a = scoring();
        a.conclude(Conclusion.PASSED, new BigDecimal("85.00"), "reviewer", TODAY, 3);
        assertEquals(AcceptanceStatus.PASSED, a.status());
        assertTrue(a.isFinal());
        assertNull(a.rectifyBy());
        assertThrows(DomainException.class, () -> a.requestAgain(CODES, VALUES, "s", "applicant", NOW));
    }

    @Test
    void aProjectRectifiesOnceThenIsAcceptedInASecondRound() {
        Acceptance a = scoring();
        a.conclude(Conclusion.RECTIFY, new BigDecimal("70.00"), "reviewer", TODAY, 3);
        assertEquals(AcceptanceStatus.RECTIFYING, a.status());
        assertEquals(LocalDate.of(2027, 3, 1), a.rectifyBy());
        assertFalse(a.isFinal());
        a.requestAgain(CODES, VALUES, "整改完成。", "applicant", NOW);
        assertEquals(2, a.round());
        assertEquals(AcceptanceStatus.REQUESTED, a.status());
        assertNull(a.conclusion());
        a.open("reviewer", NOW);
        a.panelAssigned();
        assertThrows(
                DomainException.class,
                () -> a.conclude(Conclusion.RECTIFY, new BigDecimal("70.00"), "reviewer", TODAY, 3));
        a.conclude(Conclusion.FAILED, new BigDecimal("70.00"), "reviewer", TODAY, 3);
        assertEquals(AcceptanceStatus.FAILED, a.status());
    }

    private static AcceptanceAssignment assignment(List<ConflictCheck.Flag> flags) {
        return new AcceptanceAssignment(1L, 1, "expert1", flags, "reviewer", NOW);
    }

    @Test
    void aMissedRectificationDeadlineIsConcludedFailedWithAReasonAndNoSecondPanel() {
        Acceptance a = scoring();
        a.conclude(Conclusion.RECTIFY, new BigDecimal("70.00"), "reviewer", TODAY, 3);
        LocalDate deadline = TODAY.plusMonths(3);
        assertFalse(a.rectifyOverdueOn(deadline), "the applicant may still ask on the deadline itself");
        assertTrue(a.rectifyOverdueOn(deadline.plusDays(1)));
        DomainException early = assertThrows(DomainException.class, () -> a.concludeLapsed("逾期", "reviewer", deadline));
        assertEquals("acceptance.rectifyNotOverdue", early.messageKey());
        DomainException blank =
                assertThrows(DomainException.class, () -> a.concludeLapsed(" ", "reviewer", deadline.plusDays(1)));
        assertEquals("acceptance.lapseReasonRequired", blank.messageKey());
        DomainException tooLong = assertThrows(
                DomainException.class,
                () -> a.concludeLapsed("长".repeat(Acceptance.MAX_LAPSE_REASON + 1), "reviewer", deadline.plusDays(1)));
        assertEquals("acceptance.lapseReasonTooLong", tooLong.messageKey());

        a.concludeLapsed("整改期满未提交整改报告。", "reviewer", deadline.plusDays(2));
        assertEquals(AcceptanceStatus.FAILED, a.status());
        assertEquals(Conclusion.FAILED, a.conclusion());
        assertTrue(a.isFinal() && a.lapsed());
        assertEquals(1, a.round(), "no second round was held");
        assertEquals(new BigDecimal("70.00"), a.panelScore(), "the first round's score stays on record");
        assertFalse(a.rectifyOverdueOn(deadline.plusDays(3)));
        assertThrows(DomainException.class, () -> a.concludeLapsed("again", "reviewer", deadline.plusDays(3)));
    }

    @Test
    void onlyARectificationCanLapse() {
        Acceptance a = scoring();
        a.conclude(Conclusion.PASSED, new BigDecimal("90.00"), "reviewer", TODAY, 3);
        assertFalse(a.rectifyOverdueOn(TODAY.plusYears(1)));
        assertThrows(DomainException.class, () -> a.concludeLapsed("r", "reviewer", TODAY.plusYears(1)));
    }

    @Test
    void anExpertDeclaresBeforeScoringAndScoresOnce() {
        AcceptanceAssignment p = assignment(List.of());
        Map<String, BigDecimal> scores = Map.of("products", new BigDecimal("90"), "jobs", new BigDecimal("75.5"));
        assertThrows(DomainException.class, () -> p.submit(CODES, scores, null, NOW));
        p.declare(false, null, NOW);
        assertThrows(DomainException.class, () -> p.declare(false, null, NOW));
        p.submit(CODES, scores, " 完成较好 ", NOW);
        assertEquals(new BigDecimal("82.75"), p.expertScore());
        assertEquals(new BigDecimal("75.50"), p.scores().get("jobs"));
        assertEquals("完成较好", p.comment());
        assertThrows(DomainException.class, () -> p.submit(CODES, scores, null, NOW));
    }

    @Test
    void anExpertWithAConflictFoundOrDeclaredNeverScores() {
        AcceptanceAssignment found = assignment(List.of(ConflictCheck.Flag.SAME_EMPLOYER));
        found.declare(false, null, NOW);
        assertFalse(found.cleared());
        AcceptanceAssignment declared = assignment(List.of());
        assertThrows(DomainException.class, () -> declared.declare(true, " ", NOW));
        declared.declare(true, "曾为该单位顾问", NOW);
        assertFalse(declared.cleared());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"-0.01", "100.01", "99.999"})
    void scoresOutside0To100OrFinerThanACentAreRefused(String score) {
        AcceptanceAssignment p = assignment(List.of());
        p.declare(false, null, NOW);
        DomainException e = assertThrows(
                DomainException.class,
                () -> p.submit(CODES, Map.of("products", new BigDecimal(score), "jobs", BigDecimal.TEN), null, NOW));
        assertEquals("acceptance.scoreOutOfRange", e.messageKey());
    }
}
