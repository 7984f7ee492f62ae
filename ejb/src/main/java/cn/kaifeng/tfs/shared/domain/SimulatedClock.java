package cn.kaifeng.tfs.shared.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The demo's clock: real time for everyone, except on the one thread that seeds the demo's year, which it moves
 * through the past while that thread drives the services, so what it records carries the simulated day. It never runs
 * ahead of the real time (a move into the future is refused), so everything stamped on the simulated days lies in the
 * past once the seeding thread returns to now; other threads (requests, timers) never see a simulated time, so a
 * notice's timer cannot conclude a notice early and a request is never stamped in the past.
 *
 * <p>The simulated instant is held per thread in this clock's own field, not in a static, so it lives and dies with
 * the one clock the application produces; the seeding runs on one node at start-up, nothing else shares it.
 */
public final class SimulatedClock extends Clock {

    private final Clock real;
    private final ZoneId zone;
    private final ThreadLocal<Instant> simulated;

    public SimulatedClock(Clock real) {
        this(real, ZoneOffset.UTC, new ThreadLocal<>());
    }

    private SimulatedClock(Clock real, ZoneId zone, ThreadLocal<Instant> simulated) {
        this.real = Objects.requireNonNull(real);
        this.zone = Objects.requireNonNull(zone);
        this.simulated = simulated;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock (the same simulated time on the same thread) seen in another zone. */
    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new SimulatedClock(real, other, simulated);
    }

    @Override
    public Instant instant() {
        Instant at = simulated.get();
        return at == null ? real.instant() : at;
    }

    /** Whether the calling thread sees a simulated time. */
    public boolean simulating() {
        return simulated.get() != null;
    }

    /**
     * Moves the calling thread's time to {@code at}; refused when {@code at} lies after the real time, so nothing can
     * be stamped in the future.
     */
    public void moveTo(Instant at) {
        Instant now = real.instant();
        if (at.isAfter(now)) {
            throw new DomainException("clock.future", at, now);
        }
        simulated.set(at);
    }

    /** Moves the calling thread's time on by {@code step} (never backwards, never past the real time). */
    public void advance(Duration step) {
        if (step.isNegative()) {
            throw new DomainException("clock.backwards", step);
        }
        moveTo(instant().plus(step));
    }

    /** Returns the calling thread to the real time. */
    public void returnToNow() {
        simulated.remove();
    }
}
