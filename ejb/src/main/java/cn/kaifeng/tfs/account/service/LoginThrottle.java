package cn.kaifeng.tfs.account.service;

import cn.kaifeng.tfs.account.domain.LoginFailures;
import cn.kaifeng.tfs.audit.service.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Lockout after repeated failed logins (see {@link LoginFailures}), kept in the database so that every cluster node
 * counts the same failures. Locking a username is recorded in the audit trail. Each call is a transaction of its
 * own: a login attempt is never part of anything else.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginThrottle {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** Whether this username is locked now: its password is then not even checked. */
    public boolean locked(String username) {
        LoginFailures record = em.find(LoginFailures.class, LoginFailures.key(username));
        return record != null && record.locked(Instant.now());
    }

    /** Counts a failed login; the failure that reaches the limit locks the username and is audited. */
    public void failed(String username) {
        Instant now = Instant.now();
        String key = LoginFailures.key(username);
        LoginFailures record = em.find(LoginFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            record = new LoginFailures(key, now);
            em.persist(record);
        }
        if (record.fail(now)) {
            audit.record(
                    "system",
                    "LOGIN_LOCKED",
                    "account:" + key,
                    null,
                    LoginFailures.MAX_FAILURES + " failed logins; locked until " + record.lockedUntil());
        }
    }

    /** A successful login clears the count. */
    public void succeeded(String username) {
        em.createQuery("DELETE FROM LoginFailures f WHERE f.username = :u")
                .setParameter("u", LoginFailures.key(username))
                .executeUpdate();
    }

    /** Forgets failures whose window and lock ended a day ago, so unknown names typed once do not pile up. */
    public int forgetOld() {
        Instant dayAgo = Instant.now().minus(java.time.Duration.ofDays(1));
        return em.createQuery("DELETE FROM LoginFailures f WHERE f.windowStart < :old"
                        + " AND (f.lockedUntil IS NULL OR f.lockedUntil < :old)")
                .setParameter("old", dayAgo)
                .executeUpdate();
    }
}
