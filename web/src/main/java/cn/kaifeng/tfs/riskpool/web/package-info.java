/**
 * The pool's pages: the bank's loans with their coverage and events and its CSV upload of events, the bureau's
 * standing of each pool with its alerts and CSV export, and the enterprise's loans as banks reported them. Thin
 * beans: the figures come from {@code riskpool.domain.PoolStanding} through {@code riskpool.service.PoolViewService}.
 */
package cn.kaifeng.tfs.riskpool.web;
