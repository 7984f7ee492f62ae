package cn.kaifeng.tfs.riskpool.domain;

import java.util.Objects;

/**
 * One movement of a pool's money, double-entry: {@code amountFen} debited to one account and credited to another,
 * naming the event it comes from (its kind and id), so that every fen of the balance can be traced to a funding, a
 * claim, a recovery or a subsidy. Never changed once made.
 */
public record PoolPosting(PoolAccount debit, PoolAccount credit, long amountFen, Source source) {

    /** What caused a posting. */
    public enum SourceKind {
        FUNDING,
        CLAIM,
        LOAN_EVENT,
        SUBSIDY
    }

    /** The event a posting comes from. */
    public record Source(SourceKind kind, long id) {
        public Source {
            Objects.requireNonNull(kind);
        }
    }

    public PoolPosting {
        Objects.requireNonNull(debit);
        Objects.requireNonNull(credit);
        Objects.requireNonNull(source);
        if (debit == credit || amountFen <= 0) {
            throw new IllegalArgumentException("a posting moves a positive amount between two accounts");
        }
    }
}
