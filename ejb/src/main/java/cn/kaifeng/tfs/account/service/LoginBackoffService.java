package cn.kaifeng.tfs.account.service;

import cn.kaifeng.tfs.account.domain.LoginAttempts;
import cn.kaifeng.tfs.account.domain.LoginAttempts.Kind;
import cn.kaifeng.tfs.account.domain.LoginBackoffPolicy;
import cn.kaifeng.tfs.audit.service.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The login back-off (see {@link LoginBackoffPolicy}), kept in the database so that every cluster node counts the
 * same attempts. Each call is a transaction of its own: a login attempt is never part of anything else.
 *
 * <p>An attempt is reserved before the password is checked: the three subjects' rows are locked, and the attempt
 * is counted as a failure while they are held. A second guess sent at the same moment waits for the lock and then
 * finds the first one counted, so parallel guesses do not each get a password check beyond the allowance. A success
 * takes the count back. Unknown names are counted exactly like known ones.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginBackoffService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /**
     * Reserves an attempt with this typed name from this address: zero when the password may be checked now (the
     * attempt is then counted as failed until {@link #succeeded}), otherwise how long the caller must wait; a
     * refused attempt is not counted.
     */
    public Duration reserve(String typedName, String address) {
        // whole milliseconds: the databases keep microseconds and round, so a new row's "not before now" read back
        // could lie a fraction of a microsecond after now and refuse the first attempt
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String name = LoginAttempts.name(typedName);
        // always in the same order, so that two logins never wait on each other's rows crosswise
        List<LoginAttempts> subjects = List.of(
                locked(Kind.PAIR, pair(name, address), now),
                locked(Kind.ACCOUNT, name, now),
                locked(Kind.ADDRESS, address, now));
        Duration wait = Duration.ZERO;
        for (LoginAttempts subject : subjects) {
            Duration mine = subject.wait(now).orElse(Duration.ZERO);
            wait = mine.compareTo(wait) > 0 ? mine : wait;
        }
        if (!wait.isZero()) {
            return wait;
        }
        for (LoginAttempts subject : subjects) {
            if (subject.count(now, LoginBackoffPolicy.rule(subject.kind()))) {
                audited(subject.kind(), name, address);
            }
        }
        return Duration.ZERO;
    }

    /**
     * The attempt succeeded: the name's count from this address is cleared; the name's count from everywhere and
     * the address's count take this attempt back (a guesser elsewhere gains nothing from the owner's success).
     */
    public void succeeded(String typedName, String address) {
        String name = LoginAttempts.name(typedName);
        em.createQuery("DELETE FROM LoginAttempts a WHERE a.subject = :subject")
                .setParameter("subject", LoginAttempts.digest(Kind.PAIR, pair(name, address)))
                .executeUpdate();
        for (String subject :
                List.of(LoginAttempts.digest(Kind.ACCOUNT, name), LoginAttempts.digest(Kind.ADDRESS, address))) {
            LoginAttempts attempts = em.find(LoginAttempts.class, subject, LockModeType.PESSIMISTIC_WRITE);
            if (attempts != null) {
                attempts.forgive();
            }
        }
    }

    /** Forgets subjects whose window and wait ended a day ago, so that names typed once do not pile up. */
    public int forgetOld() {
        Instant dayAgo = clock.instant().minus(Duration.ofDays(1));
        return em.createQuery("DELETE FROM LoginAttempts a WHERE a.windowStart < :old AND a.notBefore < :old")
                .setParameter("old", dayAgo)
                .executeUpdate();
    }

    private static String pair(String name, String address) {
        return name + "\n" + address;
    }

    /**
     * The subject's row, locked until the transaction ends; made if it is new. Another node making the same row at
     * the same moment is no error (DO NOTHING): both then count on the one row, one after the other, under its lock.
     */
    private LoginAttempts locked(Kind kind, String subject, Instant now) {
        String key = LoginAttempts.digest(kind, subject);
        em.createNativeQuery("INSERT INTO login_backoff (subject, kind, failures, window_start, not_before)"
                        + " VALUES (?, ?, 0, ?, ?) ON CONFLICT DO NOTHING")
                .setParameter(1, key)
                .setParameter(2, kind.name())
                .setParameter(3, now)
                .setParameter(4, now)
                .executeUpdate();
        return em.find(LoginAttempts.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The back-off of an account or an address starting is on the audit trail. A typed name is named only when it
     * is an account's name: what is typed into the name field is sometimes a password.
     */
    private void audited(Kind kind, String name, String address) {
        String subject;
        switch (kind) {
            case ACCOUNT -> {
                boolean account = !em.createQuery(
                                "SELECT u.username FROM UserAccount u WHERE u.username = :name", String.class)
                        .setParameter("name", name)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
                subject = account ? "account:" + name : "login-name:unknown";
            }
            case ADDRESS -> subject = "address:" + address;
            default -> {
                return; // one name from one address: counted, but too common to audit each
            }
        }
        audit.record(
                "system",
                "LOGIN_BACKOFF",
                subject,
                null,
                LoginBackoffPolicy.rule(kind).allowance() + " failed logins within "
                        + LoginBackoffPolicy.WINDOW.toMinutes() + " minutes; further attempts slowed");
    }
}
