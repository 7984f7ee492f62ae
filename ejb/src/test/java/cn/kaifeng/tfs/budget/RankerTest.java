package cn.kaifeng.tfs.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.budget.domain.RankedList;
import cn.kaifeng.tfs.budget.domain.Ranker;
import cn.kaifeng.tfs.program.domain.Ranking;
import cn.kaifeng.tfs.shared.domain.Money;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ranked list of a round: the order (择优 by total, then the program's tie rules, then submission time; or by
 * submission time alone), and the strict cut line against what the budget has left after its approvals.
 */
class RankerTest {

    private static final Ranking MERIT_BY_TECHNOLOGY = new Ranking(
            true,
            List.of(
                    new Ranking.TieRule(Ranking.TieRule.Kind.SECTION, "technology"),
                    new Ranking.TieRule(Ranking.TieRule.Kind.CRITERION, "patents")),
            null);

    private static final Ranking MERIT_BY_TIME_FIRST = new Ranking(
            true,
            List.of(Ranking.TieRule.submittedAt(), new Ranking.TieRule(Ranking.TieRule.Kind.SECTION, "technology")),
            null);

    private static RankedList rank(Ranking ranking, String budget, String approved, String candidates) {
        return Ranker.rank(
                ranking,
                budget.equals("-") ? null : Money.ofYuan(budget),
                Money.ofYuan(approved),
                Arrays.stream(candidates.split(";")).map(Candidates::parse).toList());
    }

    private static String order(RankedList list) {
        return list.rows().stream().map(r -> r.candidate().number()).collect(Collectors.joining(" "));
    }

    private static String above(RankedList list) {
        return list.rows().stream()
                .filter(RankedList.Row::aboveLine)
                .map(r -> r.candidate().number())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(
            delimiter = '|',
            value = {
                // candidates: number total amount [section=points] [c:criterion=points] @minute submitted
                "A 70 100 @1; B 90 100 @2; C 80 100 @3|B C A|1000|0|the highest total first",
                "A 80 100 technology=20 @1; B 80 100 technology=30 @2|B A|1000|0|equal totals: more technology points first",
                "A 80 100 technology=30 c:patents=6 @1; B 80 100 technology=30 c:patents=12 @2|B A|1000|0|equal section: the criterion decides",
                "A 80 100 technology=30 @2; B 80 100 technology=30 @1|B A|1000|0|equal on every rule: the earlier submission first",
                "A 80 100 @1; B 80 100 @1|A B|1000|0|submitted in the same minute: the number settles it",
                "A 80 100 @1; B 90 100 @2|B A|1000|0|a higher total beats an earlier submission",
            })
    void theOrderIsTotalThenTieRulesThenSubmission(
            String candidates, String expected, String budget, String approved, String what) {
        assertEquals(expected, order(rank(MERIT_BY_TECHNOLOGY, budget, approved, candidates)), what);
    }

    @Test
    void withoutMeritTheFirstSubmittedComeFirstWhateverTheirPoints() {
        RankedList list = rank(Ranking.BY_SUBMISSION, "250", "0", "A 90 100 @3; B 60 100 @1; C 75 100 @2");
        assertEquals("B C A", order(list));
        assertEquals("B C", above(list), "250 yuan: two of 100, the third does not fit");
    }

    @Test
    void aTieRuleCanPutSubmissionTimeBeforeASection() {
        RankedList list =
                rank(MERIT_BY_TIME_FIRST, "1000", "0", "A 80 100 technology=30 @2; B 80 100 technology=10 @1");
        assertEquals("B A", order(list));
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "A 90 400 @1; B 80 300 @2; C 70 300 @3|1000|0|A B C|everything fits",
                "A 90 400 @1; B 80 300 @2; C 70 300 @3|700|0|A B|the line after the last that fits in full",
                "A 90 400 @1; B 80 300 @2; C 70 300 @3|1000|400|A|approvals already made come off the budget first",
                "A 90 400 @1; B 80 700 @2; C 70 100 @3|1000|0|A|strict: C would fit, but B above it does not",
                "A 90 400 @1; B 80 300 @2|300|0||the first does not fit: nobody is above the line",
                "A 90 400 @1; B 80 300 @2|500|900||the approvals took more than the budget: nothing is left",
                "A 90 400 @1; B 80 300 @2|700|0|A B|exactly the budget is within it",
            })
    void theCutLineIsWhereTheBudgetLeftRunsOut(
            String candidates, String budget, String approved, String expected, String what) {
        assertEquals(
                expected == null ? "" : expected, above(rank(MERIT_BY_TECHNOLOGY, budget, approved, candidates)), what);
    }

    @Test
    void withoutABudgetTheOrderIsShownAndNoLineIsDrawn() {
        RankedList list = rank(MERIT_BY_TECHNOLOGY, "-", "500", "A 90 400 @1; B 80 300 @2");
        assertFalse(list.hasBudget());
        assertNull(list.left());
        assertEquals("A B", above(list));
        assertEquals(2, list.lastAbove());
    }

    @Test
    void eachRowSaysTheSumUpToItAndWhichTieRuleSeparatedIt() {
        RankedList list = rank(
                MERIT_BY_TECHNOLOGY,
                "1000",
                "100",
                "A 80 400 technology=30 @1; B 80 300 technology=20 @2; C 80 200 technology=20 @3; D 70 50 @4");
        assertEquals(
                List.of("400.00", "700.00", "900.00", "950.00"),
                list.rows().stream().map(r -> r.cumulative().toString()).toList());
        assertNull(list.rows().get(0).tieBrokenBy(), "the first has nobody before it");
        assertEquals(
                Ranking.TieRule.Kind.SECTION, list.rows().get(1).tieBrokenBy().kind(), "A and B: technology");
        assertEquals(
                Ranking.TieRule.Kind.SUBMITTED_AT,
                list.rows().get(2).tieBrokenBy().kind(),
                "B and C: equal on the rules, the submission time");
        assertNull(list.rows().get(3).tieBrokenBy(), "D has a lower total: no tie");
        assertEquals("900.00", list.left().toString());
        assertEquals("900.00", list.aboveLine().toString());
        assertEquals(3, list.lastAbove());
        assertTrue(list.rowOf(list.rows().get(3).candidate().id()).isPresent());
    }
}
