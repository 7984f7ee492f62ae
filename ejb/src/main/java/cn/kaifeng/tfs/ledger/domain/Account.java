package cn.kaifeng.tfs.ledger.domain;

/**
 * The accounts of a book. Money flows BUDGET → AVAILABLE → COMMITTED → PAID → RECOVERED: the budget is credited
 * when funds are given to the program (so its balance is the budget, negated), what is left to decide is AVAILABLE,
 * a decision moves its amount to COMMITTED, a payment from there to PAID, and a recovery from PAID to RECOVERED
 * (追回资金 go back to the treasury, not to the program's budget). Every balance is debits less credits, so the
 * balances of a book always add up to zero.
 */
public enum Account {
    BUDGET,
    AVAILABLE,
    COMMITTED,
    PAID,
    RECOVERED
}
