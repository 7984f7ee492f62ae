package cn.kaifeng.tfs.letter.domain;

/**
 * A decision letter approves (决定书) or rejects (通知书). {@code AGREEMENT} names the signed agreement (任务书) of an
 * award in a verification's answer: the agreement feature keeps its own documents ({@code SignedDocuments}), so
 * no letter row has it. The notices issued after the award (拨付通知, 追回通知, 验收结论) are kept in their own table
 * ({@link Notice}), never as letters, so no query over letters meets them either: every letter row is APPROVAL or
 * REJECTION.
 */
public enum LetterKind {
    APPROVAL,
    REJECTION,
    AGREEMENT,
    PAYMENT_NOTICE,
    RECOVERY_NOTICE,
    ACCEPTANCE_CONCLUSION
}
