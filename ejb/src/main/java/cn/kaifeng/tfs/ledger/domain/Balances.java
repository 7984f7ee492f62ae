package cn.kaifeng.tfs.ledger.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The balance of each account (debits less credits, in fen) as the fold of postings: what a book's figures must
 * always equal, and how an award's share of a book is read. Postings of other awards are left out when an award is
 * given.
 */
public final class Balances {

    private final Map<Account, Long> fen = new EnumMap<>(Account.class);

    private Balances() {
        for (Account account : Account.values()) {
            fen.put(account, 0L);
        }
    }

    /** The balances of every account over these postings. */
    public static Balances of(Collection<Posting> postings) {
        Balances balances = new Balances();
        for (Posting p : postings) {
            balances.add(p);
        }
        return balances;
    }

    /** The balances over the postings that belong to one award. */
    public static Balances ofAward(long awardId, Collection<Posting> postings) {
        Balances balances = new Balances();
        for (Posting p : postings) {
            if (p.awardId() != null && p.awardId() == awardId) {
                balances.add(p);
            }
        }
        return balances;
    }

    private void add(Posting p) {
        fen.merge(p.debit(), p.amountFen(), Math::addExact);
        fen.merge(p.credit(), -p.amountFen(), Math::addExact);
    }

    /** Debits less credits. */
    public long of(Account account) {
        return fen.get(account);
    }

    /** The sum over every account: zero for any set of complete postings. */
    public long total() {
        return fen.values().stream().mapToLong(Long::longValue).sum();
    }
}
