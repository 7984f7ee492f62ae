package cn.kaifeng.tfs.audit.service;

import cn.kaifeng.tfs.audit.domain.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Records audited events. A record joins the transaction of the change it describes, so it is stored exactly when
 * the change is; reads (downloads of personal data) get a transaction of their own. Records are chained later.
 * Only services record; pages and resources read the trail through {@link AuditService}.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /**
     * One event: who did it, what ({@code action}, e.g. {@code APPLICATION_RETURN_FOR_REVISION}), to what
     * ({@code subject}, e.g. {@code application:42}), and the values before and after (text, may be null).
     */
    public void record(String actor, String action, String subject, String before, String after) {
        em.persist(new AuditRecord(clock.instant(), actor, action, subject, before, after));
    }
}
