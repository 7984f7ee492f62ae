/**
 * Recovery (追回) of money paid to an award, and the 失信 records that follow an order left unpaid: a reviewer opens
 * a recovery order on an award (for a breach of the agreement, or a failed acceptance), records the payments
 * received, each posted to the ledger as RECOVERED, with interest on late repayment as the program says; an order
 * overdue may lead, by a reviewer's decision, to a 失信 record, which every program's gate sees through
 * {@code casefile.service.CreditBars} (owned by the case file, below this floor) until it expires or a reviewer
 * lifts it. Above the agreement and the review, below the bank and the matching (which reads the records too).
 */
package cn.kaifeng.tfs.recovery;
