package cn.kaifeng.tfs.audit.service;

import cn.kaifeng.tfs.audit.domain.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Records audited events. A record joins the transaction of the change it describes, so it is stored exactly when
 * the change is; reads (downloads of personal data) get a transaction of their own. Records are chained later.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    /**
     * One event: who did it, what ({@code action}, e.g. {@code APPLICATION_RETURN_FOR_REVISION}), to what
     * ({@code subject}, e.g. {@code application:42}), and the values before and after (text, may be null).
     */
    public void record(String actor, String action, String subject, String before, String after) {
        em.persist(new AuditRecord(Instant.now(), actor, action, subject, before, after));
    }

    /** The newest records, newest first. */
    public List<AuditRecord> latest(int max) {
        return em.createQuery("SELECT r FROM AuditRecord r ORDER BY r.id DESC", AuditRecord.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** Every record about one subject, oldest first. */
    public List<AuditRecord> of(String subject) {
        return em.createQuery("SELECT r FROM AuditRecord r WHERE r.subject = :subject ORDER BY r.id", AuditRecord.class)
                .setParameter("subject", subject)
                .getResultList();
    }
}
