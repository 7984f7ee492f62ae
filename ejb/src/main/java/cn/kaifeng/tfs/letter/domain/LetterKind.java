package cn.kaifeng.tfs.letter.domain;

/** A decision letter approves (决定书) or rejects (通知书). */
public enum LetterKind {
    APPROVAL,
    REJECTION
}
