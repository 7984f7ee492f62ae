/**
 * The pool's part of the bank API (/api/v1/pool): a bank reports what happens to its own loans after granting them
 * (drawdown, repayment plan, repayments, days past due, default, write-off, recoveries), each idempotent under an
 * {@code Idempotency-Key}, and reads a loan's life with the pool's coverage decision and its reason.
 */
package cn.kaifeng.tfs.riskpool.api;
