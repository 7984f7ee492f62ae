package cn.kaifeng.tfs.ledger.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.ledger.domain.Book;
import cn.kaifeng.tfs.ledger.domain.Execution;
import cn.kaifeng.tfs.ledger.domain.SourceKind;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's operations, each in the caller's transaction (or its own): load the book with its lock, let the
 * {@link Book} apply the operation, store the posting. The budget posts its changes, decisions commit and release
 * award amounts (see {@code budget.service.AwardLedger}), and the bureau reads the budget execution (预算执行).
 */
@ApplicationScoped
@Transactional
public class LedgerService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @Inject
    private Bookkeeper bookkeeper;

    @Inject
    private ApplicationService applications;

    /** A budget is set or changed to {@code amount}: the difference is posted, the book opened if need be. */
    public Book setBudget(String programCode, int year, int round, Money amount, Long budgetId, String by) {
        Book book = bookkeeper.lockOrOpen(programCode, year, round);
        book.setBudget(amount, SourceKind.BUDGET, budgetId, by, clock.instant()).ifPresent(bookkeeper::record);
        return book;
    }

    /** What is available in a round's book, the book now locked for the caller's transaction; none without a book. */
    public Optional<Money> available(String programCode, int year, int round) {
        return bookkeeper.lock(programCode, year, round).map(Book::available);
    }

    /** A decision commits an award's amount in its round's book; refused beyond what the book has available. */
    public void commit(String programCode, int year, int round, long awardId, Money amount, String by) {
        Book book = bookkeeper
                .lock(programCode, year, round)
                .orElseThrow(() -> new DomainException("ledger.noBook", programCode, year, round));
        bookkeeper.record(book.commit(awardId, amount, SourceKind.DECISION, awardId, by, clock.instant()));
    }

    /** A decision is undone: what is still committed to the award goes back to available, in every book it is in. */
    public void release(long awardId, String by) {
        for (Book book : bookkeeper.lockBooksOf(awardId)) {
            book.release(bookkeeper.shareOf(book, awardId), SourceKind.DECISION, awardId, by, clock.instant())
                    .ifPresent(bookkeeper::record);
        }
    }

    /** A payment to an award, from what is committed to it in its book. */
    public void pay(long awardId, Money amount, Long paymentId, String by) {
        Book book = bookOf(awardId);
        bookkeeper.record(book.pay(bookkeeper.shareOf(book, awardId), amount, paymentId, by, clock.instant()));
    }

    /** Money recovered from an award, up to what was paid to it. */
    public void recover(long awardId, Money amount, Long recoveryId, String by) {
        Book book = bookOf(awardId);
        bookkeeper.record(book.recover(bookkeeper.shareOf(book, awardId), amount, recoveryId, by, clock.instant()));
    }

    /** 预算执行 per program for the year, for the bureau (administrators and reviewers). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Execution> execution(String username, int year) {
        try {
            applications.requireRole(username, Role.ADMIN);
        } catch (DomainException notAdmin) {
            applications.requireRole(username, Role.REVIEWER);
        }
        return Execution.of(bookkeeper.ofYear(year));
    }

    /** The one book an award's money is in (its decision committed it there). */
    private Book bookOf(long awardId) {
        List<Book> books = bookkeeper.lockBooksOf(awardId);
        if (books.size() != 1) {
            throw new DomainException("ledger.noCommitment", awardId);
        }
        return books.get(0);
    }
}
