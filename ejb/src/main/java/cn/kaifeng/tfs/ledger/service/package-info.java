/**
 * Keeping the books in the database: {@code Bookkeeper} takes a book's row with a write lock before any posting, so
 * that operations on one book serialise across the cluster's nodes; {@code LedgerService} is what the budget, the
 * decisions and the budget-execution view (预算执行) call.
 */
package cn.kaifeng.tfs.ledger.service;
