package cn.kaifeng.tfs.limit.service;

import cn.kaifeng.tfs.limit.domain.AddressWindow;
import cn.kaifeng.tfs.limit.domain.PublicAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts the public forms' uses per address ({@link PublicAction}) in the database, so that a script spread over the
 * cluster's nodes is counted once. Each call is a transaction of its own, committed before the action it allows
 * runs: a use is counted even if the action then fails.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class AddressLimitService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** Counts one use of the action from this address; empty if allowed, else how long until it is allowed again. */
    public Optional<Duration> take(PublicAction action, String address) {
        Instant now = clock.instant();
        Instant start = AddressWindow.start(action, now);
        String subject = AddressWindow.subject(action, address, start);
        // the window's row, made if new; another node making it at the same moment is no error (DO NOTHING), and
        // then both count on the one row, one after the other, under its lock
        em.createNativeQuery("INSERT INTO address_limit_window (subject, window_start, used) VALUES (?, ?, 0)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, subject)
                .setParameter(2, start)
                .executeUpdate();
        AddressWindow window = em.find(AddressWindow.class, subject, LockModeType.PESSIMISTIC_WRITE);
        return window.take(action, now);
    }

    /** Windows that ended more than a day ago are of no further use. */
    public int forgetOld() {
        return em.createQuery("DELETE FROM AddressWindow w WHERE w.windowStart < :old")
                .setParameter("old", clock.instant().minus(Duration.ofDays(1)))
                .executeUpdate();
    }
}
