package cn.kaifeng.tfs.it.persistence;

import cn.kaifeng.tfs.agreement.service.TrancheMatured;
import cn.kaifeng.tfs.ledger.domain.Book;
import cn.kaifeng.tfs.ledger.domain.SourceKind;
import cn.kaifeng.tfs.ledger.service.Bookkeeper;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Test-only (in the payment test's probe archive): stands in for the agreement, which does not fire its event yet.
 * Each call is one transaction: a book with a budget and an award committed in it, as a decision leaves them; a
 * {@link TrancheMatured} fired as the agreement will fire it, observed by the application's own {@code DueTranches}
 * (carried in the probe) so the payment request is made by the production code.
 */
@Stateless
public class PaymentProbe {

    @Inject
    private Bookkeeper bookkeeper;

    @Inject
    private Event<TrancheMatured> due;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void award(String program, int year, long budgetFen, long awardId, long awardFen) {
        Book book = bookkeeper.lockOrOpen(program, year, 0);
        book.setBudget(Money.ofFen(budgetFen), SourceKind.BUDGET, null, "it", Instant.now())
                .ifPresent(bookkeeper::record);
        bookkeeper.record(
                book.commit(awardId, Money.ofFen(awardFen), SourceKind.DECISION, awardId, "it", Instant.now()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void trancheDue(
            long applicationId,
            String number,
            String program,
            long organisationId,
            int trancheNo,
            long fen,
            long threshold) {
        due.fire(new TrancheMatured(
                applicationId,
                number,
                program,
                organisationId,
                trancheNo,
                fen,
                "开封市元宇宙扶持资金 第" + trancheNo + "笔",
                "2130199",
                threshold,
                "it.agreement",
                Instant.now()));
    }
}
