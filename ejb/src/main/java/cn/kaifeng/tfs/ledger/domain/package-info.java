/**
 * The ledger's rules in plain Java: the {@link cn.kaifeng.tfs.ledger.domain.Book} applies each operation as one
 * posting (a debit and a credit of the same amount in fen) and refuses what would spend money that is not there;
 * balances are the fold of the postings. Tested without a server, with tables and jqwik properties.
 */
package cn.kaifeng.tfs.ledger.domain;
