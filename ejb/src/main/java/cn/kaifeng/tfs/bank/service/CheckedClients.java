package cn.kaifeng.tfs.bank.service;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Bank clients whose credentials the database confirmed a moment ago on this node, so that a bank system's steady
 * stream of calls costs one credential query a second rather than one a call. An entry answers only for the secret
 * that was confirmed (compared in constant time) and only for {@code ttl}; a client that was revoked is forgotten
 * here at once ({@link #forget}), and any other node forgets it when its entry runs out. Only credentials that
 * passed are kept, so the map holds at most the clients an administrator issued.
 *
 * <p>Why a cache at all: the indexed query and its round trip are a large share of the CPU time an API call costs
 * the server and PostgreSQL together (the share is in docs/performance.md).
 */
final class CheckedClients {

    private record Checked(byte[] secretHash, Caller caller, long checkedAt) {}

    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier nanoClock;

    CheckedClients(Duration ttl, LongSupplier nanoClock) {
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The caller these credentials were confirmed for within the last {@code ttl}, if they were. */
    Optional<Caller> recent(String clientId, byte[] secretHash) {
        Checked c = checked.get(clientId);
        if (c == null
                || nanoClock.getAsLong() - c.checkedAt() >= ttlNanos
                || !MessageDigest.isEqual(c.secretHash(), secretHash)) {
            return Optional.empty();
        }
        return Optional.of(c.caller());
    }

    /** The time on this object's clock, to date a confirming query by when it is sent. */
    long now() {
        return nanoClock.getAsLong();
    }

    /** The database has just confirmed these credentials; {@code before} ({@link #now}) is when its query was sent. */
    void confirmed(String clientId, byte[] secretHash, Caller caller, long before) {
        checked.put(clientId, new Checked(secretHash.clone(), caller, before));
    }

    void forget(String clientId) {
        checked.remove(clientId);
    }
}
