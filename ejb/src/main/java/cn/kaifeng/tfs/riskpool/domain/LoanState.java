package cn.kaifeng.tfs.riskpool.domain;

/** Where a loan is in its life. */
public enum LoanState {
    /** Granted, nothing drawn yet. */
    GRANTED,
    /** Drawn (in part or in full) and not yet repaid. */
    ACTIVE,
    /** Drawn in full and repaid in full. */
    REPAID,
    /** Declared in default: its loss is fixed; recoveries may follow. */
    DEFAULTED,
    /** Written off after default; recoveries may still follow. */
    WRITTEN_OFF
}
