/**
 * The bank benchmark's population, outside {@code verify}: {@link cn.kaifeng.tfs.bench.bank.BankPopulation} writes
 * a benchmark fixture (enterprises that authorised the load-test bank, with applications, letters, eligible-list
 * entries and loans) into a demo database for bench/bank-load-real.sh. Never run by the product.
 */
package cn.kaifeng.tfs.bench.bank;
