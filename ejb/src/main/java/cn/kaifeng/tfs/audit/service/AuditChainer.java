package cn.kaifeng.tfs.audit.service;

import cn.kaifeng.tfs.audit.domain.AuditChain;
import cn.kaifeng.tfs.audit.domain.AuditHead;
import cn.kaifeng.tfs.audit.domain.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Links committed, unchained records to the end of the hash chain, and verifies the chain, each in a transaction
 * of its own ({@link AuditService} strings them together). Chaining locks the head
 * row, so however many nodes run it, the chain grows one record at a time in one order. Changes themselves never
 * wait for the chain: they only insert their record.
 */
@ApplicationScoped
public class AuditChainer {

    static final int BATCH = 500;
    private static final int PAGE = 1000;

    @PersistenceContext
    private EntityManager em;

    /** Chains up to one batch of waiting records; returns how many (the caller repeats while it is a full batch). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int chainBatch() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        List<AuditRecord> waiting = em.createQuery(
                        "SELECT r FROM AuditRecord r WHERE r.chainSeq IS NULL ORDER BY r.id", AuditRecord.class)
                .setMaxResults(BATCH)
                .getResultList();
        waiting.forEach(head::append);
        return waiting.size();
    }

    /** Checks the chained records from the first to the head (see {@link AuditChain#verify}). */
    @Transactional
    public AuditChain.Verdict verifyChained() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        em.refresh(head);
        return AuditChain.verify(new Pages(), head.lastSeq(), head.lastHash());
    }

    /** Reads the chain a page at a time, in chain order, so a long chain never sits in memory whole. */
    private final class Pages implements Iterator<AuditRecord> {
        private Iterator<AuditRecord> page = List.<AuditRecord>of().iterator();
        private long after = 0;
        private boolean exhausted;

        @Override
        public boolean hasNext() {
            if (!page.hasNext() && !exhausted) {
                em.clear();
                List<AuditRecord> next = em.createQuery(
                                "SELECT r FROM AuditRecord r WHERE r.chainSeq > :after ORDER BY r.chainSeq",
                                AuditRecord.class)
                        .setParameter("after", after)
                        .setMaxResults(PAGE)
                        .getResultList();
                exhausted = next.size() < PAGE;
                if (!next.isEmpty()) {
                    after = next.get(next.size() - 1).chainSeq();
                }
                page = next.iterator();
            }
            return page.hasNext();
        }

        @Override
        public AuditRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
        }
    }
}
