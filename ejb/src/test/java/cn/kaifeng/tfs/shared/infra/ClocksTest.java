package cn.kaifeng.tfs.shared.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.shared.domain.SimulatedClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClocksTest {

    @ParameterizedTest(name = "TFS_DEMO={0}: movable {1}")
    @CsvSource(
            value = {"NULL, false", "'', false", "false, false", "yes, false", "1, false", "true, true", "TRUE, true"},
            nullValues = "NULL")
    void onlyTheDemoSwitchGivesAMovableClock(String demoSwitch, boolean movable) {
        Clock clock = Clocks.forSwitch(demoSwitch);
        assertEquals(movable, clock instanceof SimulatedClock, "a movable clock");
        assertEquals(ZoneOffset.UTC, clock.getZone(), "the clock runs in UTC");
        Instant before = Instant.now();
        Instant read = clock.instant();
        assertTrue(!read.isBefore(before) && Duration.between(before, read).toSeconds() < 5, "it tells the real time");
    }

    @org.junit.jupiter.api.Test
    void theProductionClockIsTheSystemClock() {
        assertEquals(Clock.systemUTC(), Clocks.forSwitch(null));
        assertEquals(Clock.systemUTC(), Clocks.forSwitch("false"));
    }
}
