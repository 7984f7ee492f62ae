/**
 * One ledger for all money (台账): per program, budget year and round a book with double-entry postings from the
 * budget to what is committed by decisions, paid and recovered, every posting naming its source. Right above the
 * case file, so that the budget, the decisions and later the payments can all post to it, and below every one of
 * them: it knows programs and applications only by their codes and ids.
 */
package cn.kaifeng.tfs.ledger;
