package cn.kaifeng.tfs.letter.domain;

/**
 * A decision letter approves (决定书) or rejects (通知书). {@code AGREEMENT} names the signed agreement (任务书) of an
 * award in a verification's answer: the agreement feature keeps its own documents ({@code SignedDocuments}), so
 * no letter row has it.
 */
public enum LetterKind {
    APPROVAL,
    REJECTION,
    AGREEMENT
}
