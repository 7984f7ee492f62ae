package cn.kaifeng.tfs.audit.service;

import cn.kaifeng.tfs.audit.domain.AuditChain;
import cn.kaifeng.tfs.audit.domain.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The audit trail as it is read: the newest records, one subject's records, and the chain (everything waiting
 * chained, then the whole chain verified). What the schedule, the pages, the API and services that look back use;
 * recording is {@link AuditLog}'s.
 */
@ApplicationScoped
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditChainer chainer;

    /** The newest records, newest first. */
    @Transactional
    public List<AuditRecord> latest(int max) {
        return em.createQuery("SELECT r FROM AuditRecord r ORDER BY r.id DESC", AuditRecord.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** Every record about one subject, oldest first. */
    @Transactional
    public List<AuditRecord> of(String subject) {
        return em.createQuery("SELECT r FROM AuditRecord r WHERE r.subject = :subject ORDER BY r.id", AuditRecord.class)
                .setParameter("subject", subject)
                .getResultList();
    }

    public void chainAll() {
        while (chainer.chainBatch() == AuditChainer.BATCH) {
            // a full batch: more may be waiting
        }
    }

    /** Chains what is waiting, then checks the whole chain. */
    public AuditChain.Verdict verify() {
        chainAll();
        return chainer.verifyChained();
    }
}
