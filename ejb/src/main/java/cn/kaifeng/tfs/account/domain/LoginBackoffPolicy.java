package cn.kaifeng.tfs.account.domain;

import java.time.Duration;

/**
 * The rules of the login back-off, one per kind of subject, and why they are what they are. An attempt must pass
 * all three.
 *
 * <ul>
 *   <li>A name from one address: 5 free failures in 15 minutes, then 2 s, 4 s, ... up to 15 minutes. This is the
 *       guesser at one account; the account's owner, at another address, is not slowed by it.
 *   <li>A name from all addresses: 20 free failures, then 1 s, 2 s, ... but never more than 30 s. A guesser spread
 *       over many addresses gets about two guesses a minute; the owner waits at most half a minute, never more.
 *   <li>An address, whatever the names: 30 free failures (an office behind one address), then 1 s, 2 s, ... up to
 *       15 minutes. This is the password sprayer trying many accounts.
 * </ul>
 */
public final class LoginBackoffPolicy {

    public static final Duration WINDOW = Duration.ofMinutes(15);

    public static final BackoffRule PAIR = new BackoffRule(5, WINDOW, Duration.ofSeconds(2), Duration.ofMinutes(15));
    public static final BackoffRule ACCOUNT =
            new BackoffRule(20, WINDOW, Duration.ofSeconds(1), Duration.ofSeconds(30));
    public static final BackoffRule ADDRESS =
            new BackoffRule(30, WINDOW, Duration.ofSeconds(1), Duration.ofMinutes(15));

    private LoginBackoffPolicy() {}

    public static BackoffRule rule(LoginAttempts.Kind kind) {
        return switch (kind) {
            case PAIR -> PAIR;
            case ACCOUNT -> ACCOUNT;
            case ADDRESS -> ADDRESS;
        };
    }
}
