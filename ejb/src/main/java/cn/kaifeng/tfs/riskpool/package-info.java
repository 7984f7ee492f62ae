/**
 * The risk-compensation pool (风险补偿资金池, issue 29): pool agreements as data, loans through their life, the pool's
 * coverage decision for each loan, claims (代偿) and recoveries split in the agreed ratios, interest subsidies (贴息).
 * Right above {@code bank}: a loan rests on a bank's loan report and the bank's query log proves eligibility at grant;
 * payouts go through the ledger and the payment floor below. Nothing below knows the pool.
 */
package cn.kaifeng.tfs.riskpool;
