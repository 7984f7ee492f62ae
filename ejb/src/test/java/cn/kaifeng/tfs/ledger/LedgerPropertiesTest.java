package cn.kaifeng.tfs.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.ledger.domain.Account;
import cn.kaifeng.tfs.ledger.domain.AwardShare;
import cn.kaifeng.tfs.ledger.domain.Balances;
import cn.kaifeng.tfs.ledger.domain.Book;
import cn.kaifeng.tfs.ledger.domain.Posting;
import cn.kaifeng.tfs.ledger.domain.SourceKind;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Any sequence of budget changes, commitments, releases, payments and recoveries on one book, in any order: nothing
 * is ever committed beyond the budget or paid beyond what was committed to the award, debits always equal credits,
 * the book's figures always equal the fold of its postings, and an operation the book refuses changes nothing. A
 * plain model of the arithmetic (longs per award) says which operations must be refused, so a book that refused too
 * much would fail as surely as one that refused too little.
 */
class LedgerPropertiesTest {

    private static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

    enum Kind {
        SET_BUDGET,
        COMMIT,
        RELEASE,
        PAY,
        RECOVER
    }

    /** One operation: its kind, the award it concerns (1–4) and an amount in fen. */
    record Op(Kind kind, long award, long fen) {}

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.longs().between(1, 4),
                        // small amounts meet the limits often; 0 and exact boundaries are among the edge cases
                        Arbitraries.longs().between(0, 2_000_000_00L).edgeCases(e -> e.add(1L)))
                .as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 400)
    void theLedgerNeverSpendsMoneyThatIsNotThere(@ForAll("operations") List<Op> ops) {
        Book book = new Book("KF-RC-TEAM", 2026, 0);
        List<Posting> postings = new ArrayList<>();
        long budget = 0;
        Map<Long, Long> committed = new HashMap<>();
        Map<Long, Long> paid = new HashMap<>();
        long recovered = 0;
        for (Op op : ops) {
            long used = sum(committed) + sum(paid) + recovered;
            long available = budget - used;
            long mine = committed.getOrDefault(op.award(), 0L);
            long minePaid = paid.getOrDefault(op.award(), 0L);
            boolean mustRefuse = switch (op.kind()) {
                case SET_BUDGET -> op.fen() < used;
                case COMMIT -> op.fen() == 0 || op.fen() > available;
                case RELEASE -> false;
                case PAY -> op.fen() == 0 || op.fen() > mine;
                case RECOVER -> op.fen() == 0 || op.fen() > minePaid;
            };
            long[] before = figures(book);
            int count = postings.size();
            boolean refused = false;
            try {
                apply(book, postings, op);
            } catch (DomainException e) {
                refused = true;
            }
            Statistics.label("refused").collect(refused);
            assertEquals(mustRefuse, refused, op + " refused as the model says");
            if (refused) {
                assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(figures(book)));
                assertEquals(count, postings.size(), "a refused operation posts nothing");
                continue;
            }
            switch (op.kind()) {
                case SET_BUDGET -> budget = op.fen();
                case COMMIT -> committed.merge(op.award(), op.fen(), Long::sum);
                case RELEASE -> committed.put(op.award(), 0L);
                case PAY -> {
                    committed.merge(op.award(), -op.fen(), Long::sum);
                    paid.merge(op.award(), op.fen(), Long::sum);
                }
                case RECOVER -> {
                    paid.merge(op.award(), -op.fen(), Long::sum);
                    recovered += op.fen();
                }
            }
            invariants(book, postings, budget);
        }
    }

    private static void apply(Book book, List<Posting> postings, Op op) {
        Money amount = Money.ofFen(op.fen());
        AwardShare share = AwardShare.of(op.award(), postings);
        switch (op.kind()) {
            case SET_BUDGET ->
                book.setBudget(amount, SourceKind.BUDGET, 1L, "a", T).ifPresent(postings::add);
            case COMMIT -> postings.add(book.commit(op.award(), amount, SourceKind.DECISION, op.award(), "r", T));
            case RELEASE ->
                book.release(share, SourceKind.DECISION, op.award(), "r", T).ifPresent(postings::add);
            case PAY -> postings.add(book.pay(share, amount, 9L, "f", T));
            case RECOVER -> postings.add(book.recover(share, amount, 9L, "f", T));
        }
    }

    private static void invariants(Book book, List<Posting> postings, long budget) {
        long debits = 0;
        long credits = 0;
        for (Posting p : postings) {
            assertTrue(p.amountFen() > 0, "every posting moves money");
            debits += p.amountFen();
            credits += p.amountFen();
        }
        assertEquals(debits, credits, "debits equal credits");
        Balances folded = Balances.of(postings);
        assertEquals(0, folded.total(), "the balances add up to zero");
        for (Account a : Account.values()) {
            assertEquals(folded.of(a), book.balanceOf(a), "the book's " + a + " is the fold of its postings");
        }
        assertEquals(budget, book.budget().fen());
        assertTrue(book.availableFen() >= 0, "never committed, paid and recovered beyond the budget");
        assertTrue(
                book.committed().fen() + book.paid().fen() + book.recovered().fen()
                        <= book.budget().fen(),
                "never beyond the budget");
        for (long award = 1; award <= 4; award++) {
            AwardShare share = AwardShare.of(award, postings);
            assertTrue(share.committedFen() >= 0, "never paid beyond what was committed to award " + award);
            assertTrue(share.paidFen() >= 0, "never recovered beyond what was paid to award " + award);
        }
    }

    private static long sum(Map<Long, Long> byAward) {
        return byAward.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long[] figures(Book book) {
        long[] f = new long[Account.values().length];
        for (Account a : Account.values()) {
            f[a.ordinal()] = book.balanceOf(a);
        }
        return f;
    }
}
