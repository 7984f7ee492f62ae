package cn.kaifeng.tfs.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.ledger.domain.Account;
import cn.kaifeng.tfs.ledger.domain.AwardShare;
import cn.kaifeng.tfs.ledger.domain.Balances;
import cn.kaifeng.tfs.ledger.domain.Book;
import cn.kaifeng.tfs.ledger.domain.Posting;
import cn.kaifeng.tfs.ledger.domain.SourceKind;
import cn.kaifeng.tfs.payment.domain.AwardCover;
import cn.kaifeng.tfs.payment.domain.PaymentRequest;
import cn.kaifeng.tfs.payment.domain.PaymentStatus;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any sequence of requests, approvals, files and the treasury's PAID and FAILED answers on one award, with the rules
 * the payment service applies (the approval that completes a request is checked against the award's cover, PAID is
 * posted to the ledger): what is paid never exceeds the award, the ledger never has to refuse a PAID answer (the
 * money has then left the treasury), and the book stays equal to the fold of its postings. Tranches are drawn so that
 * together they often ask for more than the award, which the approvals must stop.
 */
class PaymentPropertiesTest {

    private static final Instant T = Instant.parse("2026-12-07T00:00:00Z");
    private static final long AWARD = 7;

    enum Kind {
        REQUEST,
        REVIEW,
        APPROVE,
        FILE,
        PAID,
        FAILED
    }

    /** One operation: its kind, which request (by index, modulo those made) or which approver, and an amount. */
    record Op(Kind kind, int which, long fen) {}

    @Provide
    Arbitrary<List<Op>> operations() {
        return Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.longs().between(1, 60_000_00L))
                .as(Op::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(80);
    }

    @Property(tries = 500)
    void paidNeverExceedsTheAward(@ForAll("operations") List<Op> ops, @ForAll("awards") long awardFen) {
        Book book = new Book("KF-RC-TEAM", 2026, 0);
        List<Posting> postings = new ArrayList<>();
        book.setBudget(Money.ofFen(200_000_00L), SourceKind.BUDGET, null, "admin", T)
                .ifPresent(postings::add);
        postings.add(book.commit(AWARD, Money.ofFen(awardFen), SourceKind.DECISION, AWARD, "rev", T));
        List<PaymentRequest> requests = new ArrayList<>();
        long paid = 0;
        for (Op op : ops) {
            PaymentRequest r = requests.isEmpty() ? null : requests.get(op.which() % requests.size());
            try {
                switch (op.kind()) {
                    case REQUEST ->
                        requests.add(new PaymentRequest(
                                AWARD, "N", "P", 1, requests.size() + 1, op.fen(), "p", "b", 30_000_00L, T));
                    case REVIEW -> {
                        if (r != null) r.review("rev");
                    }
                    case APPROVE -> {
                        if (r != null) {
                            if (r.nextApprovalCompletes()) {
                                cover(book, postings, requests, r).require(r.amountFen());
                            }
                            r.approve("fin" + (op.which() % 3), T);
                        }
                    }
                    case FILE ->
                        requests.stream()
                                .filter(q -> q.status() == PaymentStatus.APPROVED)
                                .forEach(q -> q.putInFile(1));
                    case PAID -> {
                        if (r != null && r.status() == PaymentStatus.IN_FILE) {
                            r.paid("GK", T);
                            // the ledger must accept it: a refusal here would be money paid beyond the award
                            postings.add(book.pay(AwardShare.of(AWARD, postings), r.amount(), r.id(), "fin", T));
                            paid += r.amountFen();
                        }
                    }
                    case FAILED -> {
                        if (r != null && r.status() == PaymentStatus.IN_FILE) r.failed("GK", "账户已销户", T);
                    }
                }
            } catch (DomainException refused) {
                assertTrue(
                        refused.messageKey().startsWith("payment."),
                        "only the payment rules refuse: " + refused.messageKey());
            }
            assertTrue(paid <= awardFen, "paid beyond the award");
            long inFlight = requests.stream()
                    .filter(q -> q.status().inFlight())
                    .mapToLong(PaymentRequest::amountFen)
                    .sum();
            assertTrue(paid + inFlight <= awardFen, "promised beyond the award");
            assertEquals(paid, book.paid().fen());
            Balances folded = Balances.of(postings);
            for (Account a : Account.values()) {
                assertEquals(folded.of(a), book.balanceOf(a), a + ": the book equals the fold of its postings");
            }
        }
    }

    @Provide
    Arbitrary<Long> awards() {
        return Arbitraries.longs().between(1, 150_000_00L);
    }

    private static AwardCover cover(
            Book book, List<Posting> postings, List<PaymentRequest> requests, PaymentRequest me) {
        long inFlight = requests.stream()
                .filter(q -> q != me && q.status().inFlight())
                .mapToLong(PaymentRequest::amountFen)
                .sum();
        return new AwardCover(AwardShare.of(AWARD, postings).committedFen(), inFlight);
    }
}
