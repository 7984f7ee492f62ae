package cn.kaifeng.tfs.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.budget.domain.AwardLimits;
import cn.kaifeng.tfs.budget.domain.Granted;
import cn.kaifeng.tfs.budget.domain.Limit;
import cn.kaifeng.tfs.program.domain.Exclusion;
import cn.kaifeng.tfs.shared.domain.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The arithmetic of the limits on one award, figure by figure: the yearly cap per organisation (每家每年), 不重复享受
 * with 就高 (the higher of the two) or first decided, the budget left, and which limit binds.
 */
class AwardLimitsTest {

    private static List<Granted> held(String amounts) {
        List<Granted> held = new ArrayList<>();
        if (amounts == null || amounts.isBlank()) {
            return held;
        }
        String[] each = amounts.split(" ");
        for (int i = 0; i < each.length; i++) {
            // "committed/full" or just "committed"
            String[] parts = each[i].split("/");
            held.add(new Granted(
                    i + 1,
                    "KF-ZL-2026-0000" + (i + 1),
                    "KF-ZL-LEASING",
                    Money.ofYuan(parts[0]),
                    parts.length > 1 ? Money.ofYuan(parts[1]) : null));
        }
        return held;
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1000000||1000000.00|nothing held yet: the whole cap",
                "1000000|600000|400000.00|one approval of 600,000 leaves 400,000",
                "1000000|600000 300000|100000.00|two applications count together",
                "1000000|600000 400000|0.00|the cap is reached",
                "1000000|1200000|0.00|held above the cap (a cap lowered later): nothing, never negative",
            })
    void theYearlyCapLessWhatTheOrganisationHolds(String cap, String held, String allowed, String what) {
        Limit limit = AwardLimits.yearlyCap(Money.ofYuan(cap), held(held));
        assertEquals(allowed, limit.allowed().toString(), what);
        assertEquals(Limit.Kind.YEARLY_CAP, limit.kind());
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1000000|600000/600000|400000.00|1000000.00|the other holds less: this one gets the difference",
                "600000|1000000/1000000|0.00|1000000.00|the other holds more: nothing",
                "600000|1000000/1000000|0.00|1000000.00|the other holds the same: nothing",
                "1000000|300000/600000|700000.00|1000000.00|the other was lowered to 300,000: the two together reach the higher",
                "800000|300000/1200000|900000.00|1200000.00|the higher is the other's own award, though it holds less",
            })
    void theHigherOfTheTwoApplies(String own, String other, String allowed, String bound, String what) {
        Limit limit = AwardLimits.exclusive(Exclusion.Resolution.HIGHER, Money.ofYuan(own), held(other), "“人才”")
                .orElseThrow();
        assertEquals(allowed, limit.allowed().toString(), what);
        assertEquals(bound, limit.bound().toString(), what);
        assertTrue(
                limit.reason().contains("KF-ZL-2026-00001"),
                "the letter names the other application: " + limit.reason());
        assertTrue(limit.reason().contains("就高"), limit.reason());
    }

    @Test
    void firstDecidedLeavesNothingAndNothingHeldLeavesNoLimit() {
        Limit first = AwardLimits.exclusive(Exclusion.Resolution.FIRST, Money.ofYuan(500000), held("10000"), "“人才”")
                .orElseThrow();
        assertEquals(Money.ZERO, first.allowed());
        assertTrue(first.reason().contains("KF-ZL-2026-00001"));
        assertEquals(
                Optional.empty(),
                AwardLimits.exclusive(Exclusion.Resolution.HIGHER, Money.ofYuan(500000), List.of(), "“人才”"));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "5000000|1000000 2000000|2000000.00|the budget less its approvals",
                "5000000||5000000.00|no approvals yet",
                "2000000|1500000 1000000|0.00|approvals above the budget: nothing left, never negative",
            })
    void theBudgetLessItsApprovals(String budget, String approved, String allowed, String what) {
        Limit limit = AwardLimits.budget(Money.ofYuan(budget), held(approved));
        assertEquals(allowed, limit.allowed().toString(), what);
        assertTrue(limit.reason().contains("预算不足"), limit.reason());
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "800000|900000 700000 1000000|YEARLY_CAP 700000.00|the tightest limit below the amount binds",
                "600000|900000 700000|none|every limit allows the amount",
                "700000|700000|none|exactly the amount allowed is within it",
            })
    void theTightestLimitBinds(String asked, String allowances, String expected, String what) {
        Limit.Kind[] kinds = {Limit.Kind.BUDGET, Limit.Kind.YEARLY_CAP, Limit.Kind.HIGHER_OF_TWO};
        List<Limit> limits = new ArrayList<>();
        String[] each = allowances.split(" ");
        for (int i = 0; i < each.length; i++) {
            limits.add(new Limit(kinds[i % kinds.length], Money.ofYuan(each[i]), List.of(), Money.ZERO, null));
        }
        Optional<Limit> binding = AwardLimits.binding(Money.ofYuan(asked), limits);
        assertEquals(
                expected,
                binding.map(l -> l.kind() + " " + l.allowed()).orElse("none"),
                what + " " + Arrays.toString(each));
    }
}
