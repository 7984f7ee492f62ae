package cn.kaifeng.tfs.ledger.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import java.util.Collection;

/**
 * An award's part of a book: what is committed to it and not yet paid, and what was paid to it and not recovered.
 * Read from the award's postings, so a payment or recovery is checked against that one award, not the book.
 */
public record AwardShare(long awardId, long committedFen, long paidFen) {

    /** The share of {@code awardId} in these postings (the others are left out). */
    public static AwardShare of(long awardId, Collection<Posting> postings) {
        Balances b = Balances.ofAward(awardId, postings);
        return new AwardShare(awardId, b.of(Account.COMMITTED), b.of(Account.PAID));
    }

    public Money committed() {
        return Money.ofFen(committedFen);
    }

    public Money paid() {
        return Money.ofFen(paidFen);
    }
}
