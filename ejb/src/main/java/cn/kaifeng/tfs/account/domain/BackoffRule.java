package cn.kaifeng.tfs.account.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed logins of one kind of subject (an account, a source address, the two together) slow the next attempt:
 * the first {@code allowance} failures of a window cost nothing, each one after that doubles the wait before the next
 * attempt, from {@code firstDelay} up to {@code maxDelay}. A wait ends by itself; there is no lock for a stranger to
 * set off (ASVS 5.0 V6.3).
 */
public record BackoffRule(int allowance, Duration window, Duration firstDelay, Duration maxDelay) {

    public BackoffRule {
        if (allowance < 0) {
            throw new IllegalArgumentException("allowance below zero: " + allowance);
        }
        Objects.requireNonNull(window);
        Objects.requireNonNull(firstDelay);
        Objects.requireNonNull(maxDelay);
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("delays must grow from firstDelay to maxDelay within a window");
        }
    }

    /** The wait before the next attempt once {@code failures} attempts of the window have been counted. */
    public Duration delayAfter(int failures) {
        int over = failures - allowance;
        if (over <= 0) {
            return Duration.ZERO;
        }
        // 2^(over-1) times the first delay; past 2^30 the cap has long been reached
        Duration delay = firstDelay.multipliedBy(1L << Math.min(over - 1, 30));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
