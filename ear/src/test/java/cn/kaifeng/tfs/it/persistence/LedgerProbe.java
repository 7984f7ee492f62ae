package cn.kaifeng.tfs.it.persistence;

import cn.kaifeng.tfs.ledger.domain.Book;
import cn.kaifeng.tfs.ledger.domain.SourceKind;
import cn.kaifeng.tfs.ledger.service.Bookkeeper;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Test-only (in the concurrency test's probe archive): each call is one transaction on a book through the
 * application's own {@link Bookkeeper}, as a decision on one cluster node would be: lock the book, let it check,
 * post.
 */
@Stateless
public class LedgerProbe {

    @Inject
    private Bookkeeper bookkeeper;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String program, int year, long budgetFen) {
        Book book = bookkeeper.lockOrOpen(program, year, 0);
        book.setBudget(Money.ofFen(budgetFen), SourceKind.BUDGET, null, "it", Instant.now())
                .ifPresent(bookkeeper::record);
    }

    /** Commits {@code fen} to the award; false when the book refuses it (nothing is then posted). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean commit(String program, int year, long award, long fen) {
        Book book = bookkeeper.lock(program, year, 0).orElseThrow();
        try {
            bookkeeper.record(book.commit(award, Money.ofFen(fen), SourceKind.DECISION, award, "it", Instant.now()));
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }

    /** Releases what is committed to the award (a declined approval); false when nothing was. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean release(long award) {
        boolean released = false;
        for (Book book : bookkeeper.lockBooksOf(award)) {
            var posting =
                    book.release(bookkeeper.shareOf(book, award), SourceKind.DECISION, award, "it", Instant.now());
            posting.ifPresent(bookkeeper::record);
            released |= posting.isPresent();
        }
        return released;
    }

    /** Pays {@code fen} to an award from what is committed to it, as a payment would (RecoveryIT's money paid). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void pay(long award, long fen) {
        Book book = bookkeeper.lockBooksOf(award).get(0);
        bookkeeper.record(book.pay(bookkeeper.shareOf(book, award), Money.ofFen(fen), null, "it", Instant.now()));
    }
}
