/**
 * The pool's rules in plain Java, testable without a server: the agreement ({@code PoolAgreement}: programs, size,
 * banks, loss-sharing ratios, caps, leverage, the non-performing threshold, the subsidy rule), the coverage decision
 * for a loan with its reason when refused, a loan's life from drawdown to write-off and recoveries, and the split of
 * a claim and of a recovery by the agreed ratios. Money in fen ({@code long}) or {@code Money}, never floating point.
 */
package cn.kaifeng.tfs.riskpool.domain;
