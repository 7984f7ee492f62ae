package cn.kaifeng.tfs.bank.domain;

/** What a bank asked about. */
public enum QuerySubject {
    /** An enterprise's eligibility, by 统一社会信用代码. */
    ELIGIBILITY,
    /** A letter, by verification code or file. */
    LETTER
}
