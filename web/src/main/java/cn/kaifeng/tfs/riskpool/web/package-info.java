/**
 * The pool's pages: the bank's loans with their coverage and events and its CSV upload of events, the bureau's
 * standing of each pool with its alerts and CSV export, and the enterprise's loans as banks reported them; the claim
 * pages for the bureau's reviewers: the list of claims (代偿申请) and one claim with the loan's life, coverage, caps,
 * leverage, the bank's non-performing ratio and the evidence, where it is approved, rejected or confirmed by a second
 * reviewer; and the evidence download. Thin beans: the figures come from {@code riskpool.domain.PoolStanding} through
 * {@code riskpool.service.PoolViewService}, and the services check who asks.
 */
package cn.kaifeng.tfs.riskpool.web;
