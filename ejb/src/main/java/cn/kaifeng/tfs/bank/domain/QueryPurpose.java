package cn.kaifeng.tfs.bank.domain;

/**
 * Why a bank asks (数据安全法 and 个人信息保护法 tie processing to a stated purpose). Every query names one, and the
 * query log keeps it.
 */
public enum QueryPurpose {
    /** 贷前调查: the enterprise applied for a loan. */
    PRE_LOAN,
    /** 贷后管理: monitoring a loan already granted. */
    POST_LOAN,
    /** 核验决定书: checking a letter presented by the enterprise. */
    LETTER_CHECK
}
