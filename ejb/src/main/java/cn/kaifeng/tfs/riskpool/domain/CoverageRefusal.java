package cn.kaifeng.tfs.riskpool.domain;

/**
 * Why a pool does not cover a loan; each has a message {@code riskpool.refusal.<NAME>} in both bundles, which the
 * bank is told with the figures of its case.
 */
public enum CoverageRefusal {
    /** The agreement was not in force on the day the loan was granted. */
    POOL_NOT_IN_FORCE,
    /** The loan's program is not one the pool covers. */
    PROGRAM_NOT_COVERED,
    /** The lending bank is not a party to the agreement. */
    BANK_NOT_IN_POOL,
    /** The bank's query log holds no ELIGIBLE answer about the enterprise in the days before the grant. */
    NO_ELIGIBILITY_PROOF,
    /** The loan is above the agreement's cap per loan. */
    LOAN_ABOVE_CAP,
    /** With this loan, the bank's covered balance would pass the cap per bank. */
    BANK_CAP,
    /** With this loan, the pool's covered balance would pass leverage × size. */
    LEVERAGE,
    /** The bank's non-performing ratio in the pool is above the agreement's threshold. */
    BANK_NPL_ABOVE_THRESHOLD
}
