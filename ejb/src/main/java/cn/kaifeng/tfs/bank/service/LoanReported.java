package cn.kaifeng.tfs.bank.service;

/**
 * A bank reported a loan it granted (the report is stored). Fired in the report's transaction, for the
 * risk-compensation pool above this feature to decide the loan's coverage in it, so that the bank floor does not
 * need to know the pool: a report and its coverage decision are committed together or not at all.
 *
 * @param loanReportId the stored report
 */
public record LoanReported(long loanReportId) {}
