package cn.kaifeng.tfs.account.domain;

import cn.kaifeng.tfs.shared.domain.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The login attempts counted against one subject in the current window, and when the next attempt may be made.
 * An attempt is counted as a failure when it is reserved, before the password is checked, so that guesses sent in
 * parallel do not each get a check; a success then takes it back. The subject is stored only as a SHA-256 digest:
 * what is typed into the name field is often a password typed into the wrong field.
 */
@Entity
@Table(name = "login_backoff")
public class LoginAttempts {

    /** What the attempts are counted against; each kind has its own rule ({@link LoginBackoffPolicy}). */
    public enum Kind {
        /** One name from one source address: a guesser at one account, from one place. */
        PAIR,
        /** One name from anywhere: a guesser spread over many addresses. */
        ACCOUNT,
        /** One source address, any name: a guesser trying many accounts (password spraying). */
        ADDRESS
    }

    @Id
    @Column(length = 64)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    protected LoginAttempts() {
        // for JPA
    }

    public LoginAttempts(Kind kind, String subject, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        this.subject = digest(kind, subject);
        this.windowStart = now;
        this.notBefore = now;
    }

    /** How a typed name is counted: trimmed, lower case (whatever was typed, however long). */
    public static String name(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** The stored key of a subject: a digest of its kind and value, never the value itself. */
    public static String digest(Kind kind, String subject) {
        return Sha256.hex(kind.name() + ":" + subject);
    }

    /** How long the caller must still wait, if an attempt now is too soon; a refused attempt is not counted. */
    public Optional<Duration> wait(Instant now) {
        return now.isBefore(notBefore) ? Optional.of(Duration.between(now, notBefore)) : Optional.empty();
    }

    /**
     * Counts an attempt made now (call only when {@link #wait} is empty); true when this attempt is the first of the
     * window past the rule's allowance, i.e. the back-off starts.
     */
    public boolean count(Instant now, BackoffRule rule) {
        if (!now.isBefore(windowStart.plus(rule.window()))) {
            failures = 0;
            windowStart = now;
        }
        failures++;
        notBefore = now.plus(rule.delayAfter(failures));
        return failures == rule.allowance() + 1;
    }

    /** Takes back an attempt counted in advance that turned out to be a success. */
    public void forgive() {
        failures = Math.max(0, failures - 1);
    }

    public Kind kind() {
        return kind;
    }

    public int failures() {
        return failures;
    }

    public String subject() {
        return subject;
    }
}
