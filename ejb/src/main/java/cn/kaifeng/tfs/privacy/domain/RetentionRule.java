package cn.kaifeng.tfs.privacy.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long one class of data is kept and what happens after: {@code keep} counts from the moment named by
 * {@code from} (a message key); an empty {@code keep} means the data is never removed by the system, for the reason
 * {@code basis} gives (a message key too).
 */
public record RetentionRule(DataClass dataClass, Optional<Duration> keep, Action action, String basis) {

    public enum Action {
        /** the rows (and files) are deleted */
        DELETE,
        /** the personal part is erased, the rest kept */
        ERASE,
        /** kept */
        KEEP
    }

    public RetentionRule {
        if ((action == Action.KEEP) != keep.isEmpty()) {
            throw new IllegalArgumentException("a kept class has no period, a removed one has: " + dataClass);
        }
    }

    /** Data older than this (by the rule's own moment) is due; empty for data that is kept. */
    public Optional<Instant> cutOff(Instant now) {
        return keep.map(now::minus);
    }
}
