package cn.kaifeng.tfs.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.account.domain.LoginAttempts.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The login back-off: failures past the allowance slow the next attempt, doubling up to a cap, and never lock. */
class LoginBackoffTest {

    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");
    private static final BackoffRule RULE =
            new BackoffRule(3, Duration.ofMinutes(15), Duration.ofSeconds(2), Duration.ofSeconds(30));

    @ParameterizedTest(name = "after {0} failures wait {1} s")
    @CsvSource({"0, 0", "1, 0", "3, 0", "4, 2", "5, 4", "6, 8", "7, 16", "8, 30", "9, 30", "1000000, 30"})
    void theWaitDoublesPastTheAllowanceUpToItsCap(int failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), RULE.delayAfter(failures));
    }

    @Test
    void anAttemptInsideTheWaitIsRefusedAndNotCounted() {
        LoginAttempts a = new LoginAttempts(Kind.PAIR, "demo.admin\n198.51.100.7", T0);
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), a.wait(T0), "the allowance costs nothing");
            assertFalse(a.count(T0, RULE));
        }
        assertTrue(a.count(T0, RULE), "the fourth failure starts the back-off");
        assertEquals(Optional.of(Duration.ofSeconds(2)), a.wait(T0));
        assertEquals(Optional.of(Duration.ofSeconds(1)), a.wait(T0.plusSeconds(1)));
        assertEquals(4, a.failures(), "a refused attempt is not counted");
        assertEquals(Optional.empty(), a.wait(T0.plusSeconds(2)), "the wait ends by itself");
        a.count(T0.plusSeconds(2), RULE);
        assertEquals(Optional.of(Duration.ofSeconds(4)), a.wait(T0.plusSeconds(2)));
    }

    @Test
    void noNumberOfFailuresLocksForLongerThanTheCap() {
        LoginAttempts a = new LoginAttempts(Kind.ACCOUNT, "demo.reviewer", T0);
        Instant now = T0;
        Duration longest = Duration.ZERO;
        for (int i = 0; i < 500; i++) {
            now = now.plus(a.wait(now).orElse(Duration.ZERO));
            a.count(now, LoginBackoffPolicy.ACCOUNT);
            Duration wait = a.wait(now).orElse(Duration.ZERO);
            longest = wait.compareTo(longest) > 0 ? wait : longest;
        }
        assertEquals(Duration.ofSeconds(30), longest, "the owner of an attacked account waits at most 30 s");
    }

    @Test
    void aNewWindowStartsTheCountAgainOnceTheWaitIsOver() {
        LoginAttempts a = new LoginAttempts(Kind.ADDRESS, "198.51.100.7", T0);
        for (int i = 0; i < 4; i++) {
            a.count(T0, RULE);
        }
        Instant later = T0.plus(Duration.ofMinutes(15));
        assertEquals(Optional.empty(), a.wait(later));
        assertFalse(a.count(later, RULE));
        assertEquals(1, a.failures());
    }

    @Test
    void aSuccessTakesItsReservedAttemptBack() {
        LoginAttempts a = new LoginAttempts(Kind.ADDRESS, "198.51.100.7", T0);
        a.count(T0, RULE);
        a.forgive();
        a.forgive();
        assertEquals(0, a.failures());
    }

    @Test
    void theSubjectIsStoredAsADigestNeverAsTyped() {
        LoginAttempts a = new LoginAttempts(Kind.ACCOUNT, LoginAttempts.name("  Secret#Password1 "), T0);
        assertEquals(64, a.subject().length());
        assertFalse(a.subject().toLowerCase().contains("secret"));
        assertEquals(LoginAttempts.digest(Kind.ACCOUNT, "secret#password1"), a.subject(), "trimmed and in lower case");
        assertFalse(LoginAttempts.digest(Kind.ACCOUNT, "x").equals(LoginAttempts.digest(Kind.ADDRESS, "x")));
    }

    @Test
    void theShippedRulesSlowEachKindOfGuesser() {
        assertEquals(Duration.ZERO, LoginBackoffPolicy.PAIR.delayAfter(5));
        assertEquals(Duration.ofSeconds(2), LoginBackoffPolicy.PAIR.delayAfter(6));
        assertEquals(Duration.ofMinutes(15), LoginBackoffPolicy.PAIR.delayAfter(60));
        assertEquals(Duration.ofSeconds(30), LoginBackoffPolicy.ACCOUNT.delayAfter(60));
        assertEquals(Duration.ZERO, LoginBackoffPolicy.ADDRESS.delayAfter(30));
        assertEquals(Duration.ofMinutes(15), LoginBackoffPolicy.ADDRESS.delayAfter(60));
    }
}
