/**
 * The pool's claim pages for the bureau's reviewers: the list of claims (代偿申请) and one claim with the loan's life,
 * coverage, caps, leverage, the bank's non-performing ratio and the evidence, where it is approved, rejected or
 * confirmed by a second reviewer; and the evidence download. Thin: the service checks who asks.
 */
package cn.kaifeng.tfs.riskpool.web;
