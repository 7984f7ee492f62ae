package cn.kaifeng.tfs.riskpool.service;

import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.riskpool.domain.PoolAccount;
import cn.kaifeng.tfs.riskpool.domain.PoolBook;
import cn.kaifeng.tfs.riskpool.domain.PoolBookEntry;
import cn.kaifeng.tfs.riskpool.domain.PoolBookRow;
import cn.kaifeng.tfs.riskpool.domain.PoolPosting;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The pools' money as stored double-entry books ({@link PoolBookEntry}), one per pool code. Every operation on a
 * pool's money runs under the pool's lock, the one coverage decisions take ({@link PoolCatalog#lock}: the pool's
 * version rows), then the book's row: so a payout, a recovery and a loan decided at once on two nodes are done one
 * after the other, and the check that the pool has the money ({@link PoolBook#requireAffordable}, the domain book's
 * rule) sees every earlier posting. Postings are never changed.
 */
@ApplicationScoped
public class PoolLedger {

    /** Who posts what the system does of itself (the funding from the agreement). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PoolCatalog catalog;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * Funds the pool to the size its agreement's version says (called as the version is loaded): the first time the
     * whole size, after that the difference a later version makes, so the balance is traceable to the versions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fundTo(String poolCode, long versionId, long sizeFen) {
        PoolBookRow book = lockedBook(poolCode);
        long difference = book.fundTo(sizeFen);
        if (difference > 0) {
            post(
                    poolCode,
                    new PoolPosting(PoolAccount.POOL, PoolAccount.FUNDING, difference, funding(versionId)),
                    SYSTEM);
        } else if (difference < 0) {
            post(
                    poolCode,
                    new PoolPosting(PoolAccount.FUNDING, PoolAccount.POOL, -difference, funding(versionId)),
                    SYSTEM);
        }
    }

    private static PoolPosting.Source funding(long versionId) {
        return new PoolPosting.Source(PoolPosting.SourceKind.FUNDING, versionId);
    }

    /** Takes the pool's lock (its versions, then its book) for the rest of the transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PoolBookRow lockedBook(String poolCode) {
        catalog.lock(poolCode);
        PoolBookRow book = em.find(PoolBookRow.class, poolCode, LockModeType.PESSIMISTIC_WRITE);
        if (book == null) {
            book = new PoolBookRow(poolCode, clock.instant());
            em.persist(book);
            em.flush();
        }
        return book;
    }

    /**
     * Posts a movement of the pool's money; the caller holds the pool's lock ({@link #lockedBook}). A posting out of
     * the pool above its balance is refused: the balance never goes below zero.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PoolBookEntry post(String poolCode, PoolPosting posting, String by) {
        if (em.find(PoolBookRow.class, poolCode) == null) {
            throw new DomainException("riskpool.loan.notCovered");
        }
        if (posting.credit() == PoolAccount.POOL) {
            PoolBook.requireAffordable(posting.amountFen(), balance(poolCode, PoolAccount.POOL));
        }
        PoolBookEntry entry = new PoolBookEntry(poolCode, posting, by, clock.instant());
        em.persist(entry);
        em.flush();
        audit.record(
                by,
                "POOL_POSTING",
                "pool:" + poolCode,
                null,
                posting.debit() + "<-" + posting.credit() + " " + posting.amountFen() + " fen "
                        + posting.source().kind() + ":" + posting.source().id());
        return entry;
    }

    /** An account's balance in the pool's book: debits less credits (the pool's money is {@code POOL}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long balance(String poolCode, PoolAccount account) {
        Number debits = em.createQuery(
                        "SELECT COALESCE(SUM(e.amountFen), 0) FROM PoolBookEntry e"
                                + " WHERE e.poolCode = :code AND e.debit = :account",
                        Number.class)
                .setParameter("code", poolCode)
                .setParameter("account", account)
                .getSingleResult();
        Number credits = em.createQuery(
                        "SELECT COALESCE(SUM(e.amountFen), 0) FROM PoolBookEntry e"
                                + " WHERE e.poolCode = :code AND e.credit = :account",
                        Number.class)
                .setParameter("code", poolCode)
                .setParameter("account", account)
                .getSingleResult();
        return debits.longValue() - credits.longValue();
    }

    /** The pool's postings, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PoolBookEntry> postings(String poolCode) {
        return em.createQuery(
                        "SELECT e FROM PoolBookEntry e WHERE e.poolCode = :code ORDER BY e.id", PoolBookEntry.class)
                .setParameter("code", poolCode)
                .getResultList();
    }
}
