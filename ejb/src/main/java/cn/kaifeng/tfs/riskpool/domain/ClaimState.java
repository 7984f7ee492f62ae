package cn.kaifeng.tfs.riskpool.domain;

/** Where a claim (代偿申请) is: submitted by the bank, decided by a reviewer, confirmed by a second above the threshold. */
public enum ClaimState {
    SUBMITTED,
    /** Approved by the first reviewer, above the agreement's threshold: a second reviewer confirms or declines. */
    AWAITING_SECOND_APPROVAL,
    APPROVED,
    REJECTED,
    /** The payout is posted to the pool's book and in the treasury payment file. */
    PAID
}
