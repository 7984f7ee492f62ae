package cn.kaifeng.tfs.ledger.domain;

/**
 * What caused a posting: a budget set or changed, a decision (an approval commits, a declined or reopened one
 * releases), a payment, a recovery, or the take-over of what the database held before the ledger existed.
 */
public enum SourceKind {
    BUDGET,
    DECISION,
    PAYMENT,
    RECOVERY,
    TAKE_OVER
}
