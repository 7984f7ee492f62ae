package cn.kaifeng.tfs.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginFailuresTest {

    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void theFifthFailureWithinTheWindowLocksForFifteenMinutes() {
        LoginFailures f = new LoginFailures("Demo.Admin", T0);
        for (int i = 0; i < 4; i++) {
            assertFalse(f.fail(T0.plusSeconds(i)), "failure " + (i + 1));
        }
        assertTrue(f.fail(T0.plusSeconds(60)), "the fifth locks");
        assertTrue(f.locked(T0.plusSeconds(61)));
        assertTrue(f.locked(T0.plusSeconds(60).plus(LoginFailures.LOCK).minusSeconds(1)));
        assertFalse(f.locked(T0.plusSeconds(60).plus(LoginFailures.LOCK)), "and unlocks by itself");
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotAddUp() {
        LoginFailures f = new LoginFailures("demo.admin", T0);
        Instant at = T0;
        for (int i = 0; i < 10; i++) {
            assertFalse(f.fail(at), "failure " + (i + 1) + " at " + at);
            if (i % 4 == 3) {
                at = at.plus(LoginFailures.WINDOW).plus(Duration.ofSeconds(1));
            }
        }
        assertFalse(f.locked(at));
    }

    @Test
    void namesAreCountedAsTypedButWithoutCaseOrSpaces() {
        assertEquals("demo.admin", LoginFailures.key("  Demo.Admin "));
        assertEquals(64, LoginFailures.key("x".repeat(500)).length(), "an absurd name is cut, not refused");
        assertEquals("", LoginFailures.key(null));
    }
}
