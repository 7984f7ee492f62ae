package cn.kaifeng.tfs.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulatedClockTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final SimulatedClock clock = new SimulatedClock(Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest(name = "move to {0}: {1}")
    @CsvSource({
        "2025-12-01T00:00:00Z, allowed",
        "2026-12-07T07:59:59Z, allowed",
        "2026-12-07T08:00:00Z, allowed",
        "2026-12-07T08:00:01Z, clock.future",
        "2027-01-01T00:00:00Z, clock.future",
    })
    void itMovesOnlyIntoThePast(String to, String outcome) {
        Instant at = Instant.parse(to);
        if (outcome.equals("allowed")) {
            clock.moveTo(at);
            assertEquals(at, clock.instant());
            assertTrue(clock.simulating());
        } else {
            DomainException refused = assertThrows(DomainException.class, () -> clock.moveTo(at));
            assertEquals(outcome, refused.messageKey());
            assertEquals(NOW, clock.instant(), "a refused move leaves the real time");
        }
    }

    @ParameterizedTest(name = "from {0} on by {1}: {2}")
    @CsvSource({
        "2026-01-01T00:00:00Z, P1D, 2026-01-02T00:00:00Z",
        "2026-12-06T08:00:00Z, PT24H, 2026-12-07T08:00:00Z",
        "2026-12-06T08:00:00Z, PT24H1S, clock.future",
        "2026-06-01T00:00:00Z, -PT1S, clock.backwards",
    })
    void itAdvancesButNeverPastNow(String from, String step, String outcome) {
        clock.moveTo(Instant.parse(from));
        if (outcome.startsWith("clock.")) {
            DomainException refused = assertThrows(DomainException.class, () -> clock.advance(Duration.parse(step)));
            assertEquals(outcome, refused.messageKey());
            assertEquals(Instant.parse(from), clock.instant());
        } else {
            clock.advance(Duration.parse(step));
            assertEquals(Instant.parse(outcome), clock.instant());
        }
    }

    @Test
    void itReturnsToTheRealTime() {
        clock.moveTo(Instant.parse("2026-03-01T00:00:00Z"));
        clock.returnToNow();
        assertFalse(clock.simulating());
        assertEquals(NOW, clock.instant());
    }

    @Test
    void otherThreadsKeepTheRealTime() throws Exception {
        clock.moveTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertEquals(NOW, CompletableFuture.supplyAsync(clock::instant).get());
    }

    @Test
    void aZoneViewSharesTheSimulatedTime() {
        clock.moveTo(Instant.parse("2026-03-01T17:00:00Z"));
        Clock beijing = clock.withZone(CHINA);
        assertEquals(LocalDate.of(2026, 3, 2), LocalDate.now(beijing), "01:00 on 2 March in Beijing");
        clock.returnToNow();
        assertEquals(LocalDate.of(2026, 12, 7), LocalDate.now(beijing));
        assertEquals(CHINA, beijing.getZone());
    }
}
