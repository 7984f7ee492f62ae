package cn.kaifeng.tfs.casefile.service;

import cn.kaifeng.tfs.casefile.domain.ApplicationNumber;
import cn.kaifeng.tfs.casefile.domain.NumberCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Gap-free, duplicate-free numbers per prefix and year, safe across threads and cluster nodes: the counter row is
 * locked (SELECT ... FOR UPDATE) inside the caller's transaction, so a submission that rolls back gives its number
 * back and concurrent ones wait their turn.
 */
@ApplicationScoped
public class NumberCounters {

    @PersistenceContext
    private EntityManager em;

    /** Through the container, so that creating a year's row runs in a transaction of its own. */
    @jakarta.inject.Inject
    private NumberCounters self;

    /** The next application number, e.g. KF-RC-2026-00042. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String prefix, int year) {
        return ApplicationNumber.format(prefix, year, nextValue(prefix, year));
    }

    /** The next value of a counter: 1 for the first in a year, then each in turn; never one twice, none skipped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextValue(String prefix, int year) {
        NumberCounter counter =
                em.find(NumberCounter.class, new NumberCounter.Key(prefix, year), LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                self.ensureExists(prefix, year);
            } catch (RuntimeException raced) {
                // another submission created the row a moment ago; it exists now, which is all we need
            }
            counter = em.find(NumberCounter.class, new NumberCounter.Key(prefix, year), LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.next();
    }

    /** The first number of a year: create the row in its own transaction; if another node was quicker, fine. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensureExists(String prefix, int year) {
        if (em.find(NumberCounter.class, new NumberCounter.Key(prefix, year)) == null) {
            em.persist(new NumberCounter(prefix, year));
            em.flush();
        }
    }
}
