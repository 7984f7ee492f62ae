package cn.kaifeng.tfs.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.budget.domain.AwardLimits;
import cn.kaifeng.tfs.budget.domain.Candidate;
import cn.kaifeng.tfs.budget.domain.Granted;
import cn.kaifeng.tfs.budget.domain.Limit;
import cn.kaifeng.tfs.budget.domain.RankedList;
import cn.kaifeng.tfs.budget.domain.Ranker;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.program.domain.Exclusion;
import cn.kaifeng.tfs.program.domain.Ranking;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * What must hold for any list and any order of decisions: the amounts above the cut line never exceed what the
 * budget has left; the list is ordered by total and then the tie rules; a yearly cap is never exceeded however the
 * reviewers order their decisions; and under 就高 two programs together never give more than the higher award.
 */
class BudgetPropertiesTest {

    private static final Ranking MERIT =
            new Ranking(true, List.of(new Ranking.TieRule(Ranking.TieRule.Kind.SECTION, "technology")), null);

    @Provide
    Arbitrary<List<Candidate>> candidates() {
        Arbitrary<Candidate> one = Combinators.combine(
                        Arbitraries.integers().between(0, 100),
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.longs().between(0, 3_000_000_00L),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.strings().numeric().ofLength(5))
                .as((total, technology, fen, minute, number) -> new Candidate(
                        Long.parseLong(number),
                        "KF-RC-2026-" + number,
                        "单位",
                        ApplicationStatus.REVIEW_CONCLUDED,
                        BigDecimal.valueOf(total),
                        Map.of("technology", BigDecimal.valueOf(technology)),
                        Map.of(),
                        Candidates.T0.plusSeconds(60L * minute),
                        Money.ofFen(fen)));
        return one.list().ofMaxSize(30);
    }

    @Property
    void theAmountsAboveTheLineNeverExceedWhatTheBudgetHasLeft(
            @ForAll("candidates") List<Candidate> candidates,
            @ForAll @LongRange(min = 1, max = 20_000_000_00L) long budgetFen,
            @ForAll @LongRange(min = 0, max = 20_000_000_00L) long approvedFen) {
        RankedList list = Ranker.rank(MERIT, Money.ofFen(budgetFen), Money.ofFen(approvedFen), candidates);
        assertTrue(list.aboveLine().compareTo(list.left()) <= 0, list.aboveLine() + " > " + list.left());
        // and the line is one line: nobody above it ranks below someone under it
        boolean cut = false;
        for (RankedList.Row row : list.rows()) {
            assertTrue(!cut || !row.aboveLine(), "above the line after the cut at " + row.rank());
            cut = cut || !row.aboveLine();
        }
    }

    @Property
    void theListIsOrderedByTotalThenTieRulesThenSubmission(@ForAll("candidates") List<Candidate> candidates) {
        List<Candidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled);
        RankedList list = Ranker.rank(MERIT, null, Money.ZERO, shuffled);
        for (int i = 1; i < list.rows().size(); i++) {
            Candidate before = list.rows().get(i - 1).candidate();
            Candidate after = list.rows().get(i).candidate();
            int total = before.total().compareTo(after.total());
            assertTrue(total >= 0, "total");
            if (total == 0) {
                int technology = before.sectionPoints()
                        .get("technology")
                        .compareTo(after.sectionPoints().get("technology"));
                assertTrue(technology >= 0, "tie rule");
                if (technology == 0) {
                    assertTrue(!before.submittedAt().isAfter(after.submittedAt()), "submission time");
                }
            }
        }
        assertEquals(
                list.rows().stream().map(r -> r.candidate().number()).toList(),
                Ranker.rank(MERIT, null, Money.ZERO, candidates).rows().stream()
                        .map(r -> r.candidate().number())
                        .toList(),
                "the same list whatever order the candidates were read in");
    }

    /**
     * Reviewers decide the organisation's applications one after another in any order, each asking for its award;
     * an award above the cap's allowance is lowered to it (as the decision service does), nothing is refused.
     */
    @Property
    void aYearlyCapIsNeverExceededWhateverTheOrderOfDecisions(
            @ForAll @Size(max = 12) List<@LongRange(min = 1, max = 900_000_00L) Long> awardsFen,
            @ForAll @LongRange(min = 1, max = 2_000_000_00L) long capFen) {
        Money cap = Money.ofFen(capFen);
        List<Granted> held = new ArrayList<>();
        for (int i = 0; i < awardsFen.size(); i++) {
            Money asked = Money.ofFen(awardsFen.get(i));
            Money given = AwardLimits.binding(asked, List.of(AwardLimits.yearlyCap(cap, held)))
                    .map(Limit::allowed)
                    .orElse(asked);
            if (!given.isZero()) {
                held.add(new Granted(i, "N" + i, "P", given, asked));
            }
        }
        Money total = held.stream().map(Granted::committed).reduce(Money.ZERO, Money::plus);
        assertTrue(total.compareTo(cap) <= 0, total + " > " + cap);
        Money asked = awardsFen.stream().map(Money::ofFen).reduce(Money.ZERO, Money::plus);
        assertEquals(asked.min(cap), total, "and the cap is used up before anything is refused");
    }

    /** Two applications under 就高, decided in either order, end with the higher award between them. */
    @Property
    void theHigherOfTwoIsWhatTheyGetTogetherInEitherOrder(
            @ForAll @LongRange(min = 1, max = 300_000_000L) long firstFen,
            @ForAll @LongRange(min = 1, max = 300_000_000L) long secondFen,
            @ForAll @IntRange(min = 0, max = 1) int rechecks) {
        Money first = Money.ofFen(firstFen);
        Money second = Money.ofFen(secondFen);
        Money firstGiven = decide(first, List.of());
        Money secondGiven = decide(second, heldAs(1, firstGiven, first));
        // the first is checked again at its approval, with the second now holding support
        for (int i = 0; i < rechecks; i++) {
            firstGiven = decide(firstGiven, heldAs(2, secondGiven, second)).min(firstGiven);
        }
        Money together = firstGiven.plus(secondGiven);
        assertEquals(first.max(second), together, first + " then " + second);
    }

    private static List<Granted> heldAs(long id, Money given, Money full) {
        return given.isZero() ? List.of() : List.of(new Granted(id, "N" + id, "OTHER", given, full));
    }

    private static Money decide(Money asked, List<Granted> other) {
        return AwardLimits.exclusive(Exclusion.Resolution.HIGHER, asked, other, "“其他”")
                .flatMap(l -> AwardLimits.binding(asked, List.of(l)))
                .map(Limit::allowed)
                .orElse(asked);
    }
}
