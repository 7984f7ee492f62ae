package cn.kaifeng.tfs.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.budget.domain.Budget;
import cn.kaifeng.tfs.budget.domain.BudgetPlan;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which budget an application draws on, and the plans of a year that are refused. */
class BudgetPlanTest {

    private static Budget round(int round, String closes) {
        return new Budget(
                "KF-RC-TEAM",
                2026,
                round,
                closes == null ? null : LocalDate.parse(closes),
                Money.ofYuan(1_000_000),
                "admin",
                Instant.EPOCH);
    }

    private static final BudgetPlan ROUNDS = new BudgetPlan(List.of(round(2, "2026-09-30"), round(1, "2026-05-31")));

    @ParameterizedTest(name = "submitted {0}: round {1}")
    @CsvSource({"2026-01-05, 1", "2026-05-31, 1", "2026-06-01, 2", "2026-09-30, 2", "2026-10-01, -1"})
    void anApplicationDrawsOnTheFirstRoundStillOpenOnItsDay(String submitted, int expected) {
        assertEquals(
                expected,
                ROUNDS.forSubmission(LocalDate.parse(submitted))
                        .map(Budget::round)
                        .orElse(-1));
    }

    @Test
    void aWholeYearBudgetTakesEveryDay() {
        BudgetPlan year = new BudgetPlan(List.of(round(0, null)));
        assertEquals(
                0,
                year.forSubmission(LocalDate.parse("2026-12-31")).orElseThrow().round());
        assertEquals(
                -1,
                new BudgetPlan(List.of())
                        .forSubmission(LocalDate.parse("2026-03-01"))
                        .map(Budget::round)
                        .orElse(-1));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0||budget.yearOrRounds|a whole-year budget beside rounds",
                "3|2026-08-31|budget.roundOrder|round 3 closing before round 2",
                "1|2026-10-31|budget.roundOrder|round 1 closing after round 2",
            })
    void aPlanThatWouldPutAnApplicationInTwoBudgetsIsRefused(int round, String closes, String key, String what) {
        DomainException e = assertThrows(
                DomainException.class,
                () -> ROUNDS.checkAdding(round, closes == null ? null : LocalDate.parse(closes)),
                what);
        assertEquals(key, e.messageKey(), what);
    }

    @Test
    void changingARoundsAmountOrAddingTheNextIsFine() {
        ROUNDS.checkAdding(1, LocalDate.parse("2026-05-31"));
        ROUNDS.checkAdding(3, LocalDate.parse("2026-12-31"));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1||1000|a round without its closing day",
                "1|2027-01-31|1000|a round closing in another year",
                "13|2026-12-31|1000|too many rounds",
                "0||0|a budget of nothing",
            })
    void aBudgetThatMeansNothingIsRefused(int round, String closes, long yuan, String what) {
        assertThrows(
                DomainException.class,
                () -> new Budget(
                        "KF-RC-TEAM",
                        2026,
                        round,
                        closes == null ? null : LocalDate.parse(closes),
                        Money.ofYuan(yuan),
                        "admin",
                        Instant.EPOCH),
                what);
    }
}
