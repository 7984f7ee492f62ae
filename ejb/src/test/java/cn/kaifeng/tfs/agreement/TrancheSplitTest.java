package cn.kaifeng.tfs.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.agreement.domain.TrancheSplit;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The split of an award into tranches: exact in fen, the remainder of rounding on the last tranche, so the tranches
 * always add up to the award and none is negative, whatever the award and the shares.
 */
class TrancheSplitTest {

    @ParameterizedTest(name = "{0} fen as {1} gives {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "100000000|50 30 20|50000000 30000000 20000000",
                "100001|50 30 20|50000 30000 20001",
                "1|50 30 20|0 0 1",
                "0|50 30 20|0 0 0",
                "99999|33 33 34|32999 32999 34001",
                "12345|100|12345",
                "7|70 30|4 3",
            })
    void table(long award, String shares, String expected) {
        List<Integer> s = Arrays.stream(shares.split(" ")).map(Integer::valueOf).toList();
        List<Long> e = Arrays.stream(expected.split(" ")).map(Long::valueOf).toList();
        assertEquals(e, TrancheSplit.split(award, s));
    }

    @Property
    void addsUpToTheAwardAndNoneIsNegative(
            @ForAll @LongRange(min = 0, max = 100_000_000_000_000L) long award,
            @ForAll("shares") List<Integer> shares) {
        List<Long> amounts = TrancheSplit.split(award, shares);
        assertEquals(shares.size(), amounts.size());
        assertEquals(award, amounts.stream().mapToLong(Long::longValue).sum());
        assertTrue(amounts.stream().allMatch(a -> a >= 0), amounts::toString);
        for (int i = 0; i < shares.size() - 1; i++) {
            // every tranche but the last is its share rounded down, less than a fen from the exact share
            assertTrue(amounts.get(i) * 100 <= award * shares.get(i));
            assertTrue((amounts.get(i) + 1) * 100 > award * shares.get(i));
        }
    }

    /** Between one and six whole shares adding up to 100. */
    @Provide
    Arbitrary<List<Integer>> shares() {
        return Arbitraries.integers()
                .between(1, 6)
                .flatMap(n -> Arbitraries.integers()
                        .between(1, 99)
                        .set()
                        .ofSize(n - 1)
                        .map(cuts -> {
                            List<Integer> sorted = new ArrayList<>(cuts);
                            sorted.sort(null);
                            List<Integer> result = new ArrayList<>();
                            int previous = 0;
                            for (int cut : sorted) {
                                result.add(cut - previous);
                                previous = cut;
                            }
                            result.add(100 - previous);
                            return result;
                        }));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"50 30", "50 60", "0 100", "101", "-10 110"})
    void sharesThatDoNotMakeAWholeAreRefused(String shares) {
        List<Integer> s = Arrays.stream(shares.split(" ")).map(Integer::valueOf).toList();
        assertThrows(DomainException.class, () -> TrancheSplit.split(1000, s));
    }

    @org.junit.jupiter.api.Test
    void aNegativeAwardIsRefused() {
        assertThrows(DomainException.class, () -> TrancheSplit.split(-1, List.of(100)));
    }
}
