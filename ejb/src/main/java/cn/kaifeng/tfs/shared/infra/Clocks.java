package cn.kaifeng.tfs.shared.infra;

import cn.kaifeng.tfs.shared.domain.SimulatedClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock the application reads its time from (injected as {@code java.time.Clock} into every service and page
 * that stamps or compares a time). In production the system clock in UTC, fixed and immutable; on a demonstration
 * server ({@code TFS_DEMO=true}) a {@link SimulatedClock}, real time too except on the demo seeder's thread while it
 * walks through the simulated year. Zones are chosen where a date is taken ({@code clock.withZone(...)}).
 */
@ApplicationScoped
public class Clocks {

    /** The switch of a demonstration server, the same as the demo data's. */
    static final String DEMO_SWITCH = "TFS_DEMO";

    private final Clock clock = forSwitch(System.getenv(DEMO_SWITCH));

    /**
     * Application scope: every injection point holds a proxy of the one clock, which a view-scoped (serialised) page
     * can hold too, although the demo's clock is not serialisable.
     */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** The demo's movable clock, which only the demo seeder moves; empty on every server that is no demonstration. */
    public java.util.Optional<SimulatedClock> simulated() {
        return clock instanceof SimulatedClock s ? java.util.Optional.of(s) : java.util.Optional.empty();
    }

    /** The clock for a value of the demo switch: only "true" (any case) gives the movable one. */
    static Clock forSwitch(String demoSwitch) {
        return "true".equalsIgnoreCase(demoSwitch) ? new SimulatedClock(Clock.systemUTC()) : Clock.systemUTC();
    }
}
