package cn.kaifeng.tfs.bank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Leases of rate-limit quota: the shared counter stands in for the database row, and two lease holders for two
 * nodes of a cluster.
 */
class RateLeasesTest {

    private static final Instant MINUTE = Instant.parse("2026-12-03T02:00:00Z");
    private static final Instant NEXT = MINUTE.plusSeconds(60);

    /** The database's counter of one caller and minute, and the claims made on it. */
    private static final class Counter {
        int used;
        final List<Integer> claims = new ArrayList<>();

        int add(int n) {
            claims.add(n);
            used += n;
            return used;
        }
    }

    private static int admit(RateLeases node, Counter counter, Instant window, int n, int limit) throws Exception {
        return node.admit("BC-TEST", window, n, limit, counter::add);
    }

    /** Admits {@code batches} batches of {@code n} queries one after the other. */
    private static int admitBatches(RateLeases node, Counter counter, int batches, int n, int limit) throws Exception {
        int admitted = 0;
        for (int i = 0; i < batches; i++) {
            admitted += admit(node, counter, MINUTE, n, limit);
        }
        return admitted;
    }

    @Test
    void aSmallLimitIsClaimedQueryByQueryAndRefusedExactlyAtTheLimit() throws Exception {
        Counter counter = new Counter();
        assertEquals(3, admitBatches(new RateLeases(), counter, 5, 1, 3));
        assertEquals(List.of(1, 1, 1, 1, 1), counter.claims);
    }

    @Test
    void aBusyCallerIsAdmittedFromItsLeaseWithoutAClaimPerBatch() throws Exception {
        Counter counter = new Counter();
        assertEquals(800, admitBatches(new RateLeases(), counter, 100, 8, 1_000_000));
        // the first claim reaches fifteen batches ahead: one claim for every sixteen batches
        assertEquals(List.of(128, 128, 128, 128, 128, 128, 128), counter.claims);
    }

    @Test
    void twoNodesTogetherNeverAdmitMoreThanTheLimit() throws Exception {
        RateLeases one = new RateLeases();
        RateLeases two = new RateLeases();
        Counter counter = new Counter();
        int admitted = 0;
        for (int i = 0; i < 100; i++) {
            admitted += admit(i % 2 == 0 ? one : two, counter, MINUTE, 3, 100);
        }
        // every query granted is either admitted or still held by one node's lease: the two never exceed the limit,
        // and a node may be refused while the other holds a little unused quota (at most a tenth of the limit each)
        assertEquals(100, admitted + leftOver(one, two));
        assertTrue(admitted >= 80, "admitted " + admitted);
    }

    /** What the two nodes could still admit from their leases, without claiming. */
    private static int leftOver(RateLeases one, RateLeases two) throws Exception {
        Counter none = new Counter();
        int left = 0;
        for (RateLeases node : List.of(one, two)) {
            while (node.admit("BC-TEST", MINUTE, 1, 0, none::add) == 1) {
                left++;
            }
        }
        return left;
    }

    @Test
    void aNewMinuteStartsAfresh() throws Exception {
        RateLeases node = new RateLeases();
        Counter counter = new Counter();
        assertEquals(8, admit(node, counter, MINUTE, 8, 10_000));
        assertEquals(1, admit(node, counter, MINUTE, 1, 10_000));
        assertEquals(1, counter.claims.size(), "the second query came out of the first claim's lease");

        node.forgetBefore(NEXT);
        assertEquals(1, admit(node, counter, NEXT, 1, 10_000));
        assertEquals(2, counter.claims.size(), "a new minute needs a claim of its own");
    }

    @Test
    void aClaimThatFailsAdmitsNothingAndLeavesTheLeaseAsItWas() throws Exception {
        RateLeases node = new RateLeases();
        Counter counter = new Counter();
        assertEquals(1, admit(node, counter, MINUTE, 1, 100)); // claims 1 + a tenth of 100 ahead: 10 left
        assertThrows(
                SQLException.class,
                () -> node.admit("BC-TEST", MINUTE, 20, 100, n -> {
                    throw new SQLException("the database is away");
                }));
        assertEquals(10, admit(node, counter, MINUTE, 10, 100), "the lease is still there");
        assertEquals(1, counter.claims.size());
    }
}
