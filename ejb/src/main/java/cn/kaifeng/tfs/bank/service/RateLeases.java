package cn.kaifeng.tfs.bank.service;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The share of each caller's minute window that this node has claimed from the shared counter and not used yet.
 *
 * <p>The counter in the database ({@code bank_rate_window}) is the only authority: a node admits a query only within
 * quota it has claimed there, and a claim is one atomic addition, so all nodes together never admit more than the
 * limit. Claiming a little ahead (at most a tenth of the limit, and no more than fifteen batches' worth) lets most
 * batches of a busy caller be admitted without that statement, which was one of the four round trips of every
 * commit of the query log. The price: quota a node claimed and did not use lapses with its minute (or with the node),
 * so in a cluster a caller may be refused a little before its limit, never after. A small limit (under ten a minute)
 * is claimed exactly, query by query. A claim commits as it is made (the query log writes in autocommit), so it is
 * this node's at once; quota admitted for queries whose record then fails is used up all the same.
 *
 * <p>Not thread-safe: used by the query log's single writer thread only.
 */
final class RateLeases {

    /** Adds to the caller's shared count for the window and hands back the count after the addition. */
    @FunctionalInterface
    interface Claim {
        int add(int requests) throws SQLException;
    }

    /** How far ahead a claim reaches, in batches of the size being admitted. */
    static final int BATCHES_AHEAD = 15;

    private record Lease(Instant window, int left) {}

    private final Map<String, Lease> leases = new HashMap<>();

    /**
     * How many of {@code n} queries the caller may have in this window; claims from the shared counter (through
     * {@code claim}) only when what is left of this node's lease does not cover them.
     */
    int admit(String caller, Instant window, int n, int limit, Claim claim) throws SQLException {
        Lease lease = leases.get(caller);
        int left = lease != null && lease.window().equals(window) ? lease.left() : 0;
        if (left < n) {
            int ahead = Math.min(BATCHES_AHEAD * n, limit / 10);
            int want = n - left + ahead;
            int before = claim.add(want) - want;
            int granted = Math.max(0, Math.min(want, limit - before));
            left += granted;
        }
        int admitted = Math.min(n, left);
        leases.put(caller, new Lease(window, left - admitted));
        return admitted;
    }

    /** Forgets leases of windows before this one, which can no longer be used. */
    void forgetBefore(Instant window) {
        leases.values().removeIf(l -> l.window().isBefore(window));
    }
}
