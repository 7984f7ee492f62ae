package cn.kaifeng.tfs.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.ledger.domain.Account;
import cn.kaifeng.tfs.ledger.domain.AwardShare;
import cn.kaifeng.tfs.ledger.domain.Balances;
import cn.kaifeng.tfs.ledger.domain.Book;
import cn.kaifeng.tfs.ledger.domain.Execution;
import cn.kaifeng.tfs.ledger.domain.Posting;
import cn.kaifeng.tfs.ledger.domain.SourceKind;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The book's operations one by one: what each posts, and what each refuses with which message. */
class BookTest {

    private static final Instant T = Instant.parse("2026-03-01T02:00:00Z");

    private final Book book = new Book("KF-RC-TEAM", 2026, 0);
    private final List<Posting> postings = new ArrayList<>();

    private Posting keep(Posting p) {
        postings.add(p);
        return p;
    }

    private AwardShare share(long award) {
        return AwardShare.of(award, postings);
    }

    private void budget(String yuan) {
        book.setBudget(Money.ofYuan(yuan), SourceKind.BUDGET, 1L, "demo.admin", T)
                .ifPresent(this::keep);
    }

    @Test
    void aBudgetIsCreditedAndItsChangesPostTheDifference() {
        budget("1000000");
        budget("1500000");
        budget("1200000");
        budget("1200000"); // unchanged: nothing posted
        assertEquals(3, postings.size());
        assertEquals(Account.AVAILABLE, postings.get(1).debit());
        assertEquals(Account.BUDGET, postings.get(1).credit());
        assertEquals(Money.ofYuan("500000"), postings.get(1).amount());
        assertEquals(Account.BUDGET, postings.get(2).debit(), "lowered: back from available");
        assertEquals(Money.ofYuan("300000"), postings.get(2).amount());
        assertEquals(Money.ofYuan("1200000"), book.budget());
        assertEquals(Money.ofYuan("1200000"), book.available());
    }

    @Test
    void aDecisionCommitsFromAvailableAndAPaymentAndARecoveryMoveItOn() {
        budget("1000000");
        Posting commit = keep(book.commit(7, Money.ofYuan("600000"), SourceKind.DECISION, 7L, "demo.reviewer", T));
        assertEquals(Account.COMMITTED, commit.debit());
        assertEquals(Account.AVAILABLE, commit.credit());
        assertEquals(7L, commit.awardId());
        keep(book.pay(share(7), Money.ofYuan("300000"), 91L, "finance", T));
        keep(book.recover(share(7), Money.ofYuan("100000"), 92L, "finance", T));
        assertEquals(Money.ofYuan("300000"), book.committed());
        assertEquals(Money.ofYuan("200000"), book.paid());
        assertEquals(Money.ofYuan("100000"), book.recovered());
        assertEquals(Money.ofYuan("400000"), book.available(), "a recovery goes to the treasury, not back");
        assertEquals(new BigDecimal("20.00"), Execution.of(List.of(book)).get(0).rate());
        Balances folded = Balances.of(postings);
        for (Account a : Account.values()) {
            assertEquals(folded.of(a), book.balanceOf(a), a.name());
        }
        assertEquals(0, folded.total());
    }

    @Test
    void aReleaseGivesBackWhatIsStillCommittedAndNothingTwice() {
        budget("1000000");
        keep(book.commit(7, Money.ofYuan("600000"), SourceKind.DECISION, 7L, "demo.reviewer", T));
        keep(book.pay(share(7), Money.ofYuan("100000"), 91L, "finance", T));
        Posting release = keep(book.release(share(7), SourceKind.DECISION, 7L, "demo.reviewer2", T)
                .orElseThrow());
        assertEquals(Money.ofYuan("500000"), release.amount(), "what was paid stays paid");
        assertTrue(book.release(share(7), SourceKind.DECISION, 7L, "demo.reviewer2", T)
                .isEmpty());
        assertEquals(Money.ofYuan("900000"), book.available());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "commit beyond available,   ledger.beyondAvailable",
        "pay beyond committed,      ledger.beyondCommitted",
        "pay another award,         ledger.beyondCommitted",
        "recover beyond paid,       ledger.beyondPaid",
        "budget below what is used, ledger.budgetBelowUsed",
        "commit nothing,            ledger.amountPositive",
    })
    void whatWouldSpendMoneyThatIsNotThereIsRefusedAndChangesNothing(String operation, String key) {
        budget("1000000");
        keep(book.commit(7, Money.ofYuan("600000"), SourceKind.DECISION, 7L, "demo.reviewer", T));
        keep(book.pay(share(7), Money.ofYuan("200000"), 91L, "finance", T));
        long[] before = figures();
        DomainException refused = assertThrows(DomainException.class, () -> {
            switch (operation) {
                case "commit beyond available" ->
                    book.commit(8, Money.ofYuan("400000.01"), SourceKind.DECISION, 8L, "r", T);
                case "pay beyond committed" -> book.pay(share(7), Money.ofYuan("400000.01"), 93L, "f", T);
                case "pay another award" -> book.pay(share(8), Money.ofYuan("1"), 93L, "f", T);
                case "recover beyond paid" -> book.recover(share(7), Money.ofYuan("200000.01"), 94L, "f", T);
                case "budget below what is used" ->
                    book.setBudget(Money.ofYuan("599999.99"), SourceKind.BUDGET, 1L, "a", T);
                case "commit nothing" -> book.commit(8, Money.ZERO, SourceKind.DECISION, 8L, "r", T);
                default -> throw new IllegalArgumentException(operation);
            }
        });
        assertEquals(key, refused.messageKey());
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(figures()), "nothing changed");
    }

    @Test
    void theBudgetMayBeLoweredToExactlyWhatIsUsed() {
        budget("1000000");
        keep(book.commit(7, Money.ofYuan("600000"), SourceKind.DECISION, 7L, "demo.reviewer", T));
        budget("600000");
        assertEquals(Money.ZERO, book.available());
        assertThrows(
                DomainException.class,
                () -> book.commit(8, Money.ofYuan("0.01"), SourceKind.DECISION, 8L, "demo.reviewer", T));
    }

    @Test
    void theRateIsPaidOverBudgetInPercentWithTwoDecimalsAndNoneWithoutBudget() {
        budget("3");
        keep(book.commit(7, Money.ofYuan("1"), SourceKind.DECISION, 7L, "r", T));
        keep(book.pay(share(7), Money.ofYuan("1"), 91L, "f", T));
        assertEquals(new BigDecimal("33.33"), Execution.of(List.of(book)).get(0).rate());
        Book round2 = new Book("KF-RC-TEAM", 2026, 2);
        Execution both = Execution.of(List.of(book, round2)).get(0);
        assertEquals(Money.ofYuan("3"), both.budget(), "the rounds of a program's year added up");
        assertEquals(
                null, Execution.of(List.of(new Book("KF-X", 2026, 0))).get(0).rate());
    }

    private long[] figures() {
        long[] f = new long[Account.values().length];
        for (Account a : Account.values()) {
            f[a.ordinal()] = book.balanceOf(a);
        }
        return f;
    }
}
