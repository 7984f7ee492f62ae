package cn.kaifeng.tfs.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The failed logins of one username: {@value #MAX_FAILURES} failures within {@link #WINDOW} lock the username for
 * {@link #LOCK}; while locked, not even the right password gets in. A success clears the record.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailures {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @Column(length = 64)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginFailures() {
        // for JPA
    }

    public LoginFailures(String username, Instant now) {
        this.username = key(username);
        this.windowStart = Objects.requireNonNull(now);
    }

    /** How a typed username is counted: trimmed, lower case, at most 64 characters (whatever was typed). */
    public static String key(String typed) {
        String k = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return k.length() <= 64 ? k : k.substring(0, 64);
    }

    /** Counts one failure; true when this failure locks the username. */
    public boolean fail(Instant now) {
        if (now.isAfter(windowStart.plus(WINDOW))) {
            failures = 0;
            windowStart = now;
        }
        failures++;
        if (failures >= MAX_FAILURES && !locked(now)) {
            lockedUntil = now.plus(LOCK);
            failures = 0;
            windowStart = now;
            return true;
        }
        return false;
    }

    public boolean locked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
