package cn.kaifeng.tfs.ledger.service;

import cn.kaifeng.tfs.ledger.domain.AwardShare;
import cn.kaifeng.tfs.ledger.domain.Book;
import cn.kaifeng.tfs.ledger.domain.Posting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Finds books and stores their postings, always taking a book's row with a write lock ({@code SELECT … FOR UPDATE})
 * before its figures are read for a check. Two approvers deciding on two applications of the same round at the same
 * moment, on two nodes, lock different applications but the same book: the second waits for the first to commit and
 * then checks against what the first left, so the budget cannot be spent twice. An optimistic version alone would
 * let both read the same figures and fail one of them only at the commit, after its checks had passed.
 */
@ApplicationScoped
public class Bookkeeper {

    @PersistenceContext
    private EntityManager em;

    /** The book of a program's year and round, locked for this transaction; none while no budget was ever set. */
    public Optional<Book> lock(String programCode, int year, int round) {
        List<Book> found = em.createQuery(
                        "SELECT b FROM Book b WHERE b.programCode = :code AND b.budgetYear = :year AND b.round = :round",
                        Book.class)
                .setParameter("code", programCode)
                .setParameter("year", year)
                .setParameter("round", round)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return found.stream().findFirst().map(this::fresh);
    }

    /** The book, locked, opened (empty) if it does not exist yet. */
    public Book lockOrOpen(String programCode, int year, int round) {
        return lock(programCode, year, round).orElseGet(() -> {
            Book book = new Book(programCode, year, round);
            em.persist(book);
            em.flush(); // its id, which its postings name, and its row, which the next operation locks
            return book;
        });
    }

    /** The books an award has postings in, each locked, in the order of their ids (so two callers cannot deadlock). */
    public List<Book> lockBooksOf(long awardId) {
        List<Long> ids = em.createQuery(
                        "SELECT DISTINCT p.bookId FROM Posting p WHERE p.awardId = :award ORDER BY p.bookId",
                        Long.class)
                .setParameter("award", awardId)
                .getResultList();
        return ids.stream()
                .map(id -> fresh(em.find(Book.class, id, LockModeType.PESSIMISTIC_WRITE)))
                .toList();
    }

    /** An award's share of a locked book. */
    public AwardShare shareOf(Book book, long awardId) {
        return AwardShare.of(
                awardId,
                em.createQuery("SELECT p FROM Posting p WHERE p.bookId = :book AND p.awardId = :award", Posting.class)
                        .setParameter("book", book.id())
                        .setParameter("award", awardId)
                        .getResultList());
    }

    public void record(Posting posting) {
        em.persist(posting);
    }

    /** Every posting of a book, oldest first. */
    public List<Posting> postingsOf(long bookId) {
        return em.createQuery("SELECT p FROM Posting p WHERE p.bookId = :book ORDER BY p.id", Posting.class)
                .setParameter("book", bookId)
                .getResultList();
    }

    /** Every book of a year, by program and round. */
    public List<Book> ofYear(int year) {
        return em.createQuery(
                        "SELECT b FROM Book b WHERE b.budgetYear = :year ORDER BY b.programCode, b.round", Book.class)
                .setParameter("year", year)
                .getResultList();
    }

    /**
     * The book as the database holds it now that this transaction has its lock: one read earlier in the transaction
     * (without the lock) would otherwise be handed back unchanged by the persistence context.
     */
    private Book fresh(Book book) {
        em.refresh(book);
        return book;
    }
}
