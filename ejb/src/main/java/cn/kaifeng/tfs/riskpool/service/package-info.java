/**
 * The pool in the database: {@code PoolCatalog} stores the agreement versions of config/pools and finds the one in
 * force; {@code LoanCoverages} decides a reported loan's coverage in the report's transaction (it observes
 * {@code bank.service.LoanReported}), under a lock on the pool; {@code LoanEventService} records what banks report
 * about their loans, idempotently, and keeps the pool's count of each covered loan.
 */
package cn.kaifeng.tfs.riskpool.service;
