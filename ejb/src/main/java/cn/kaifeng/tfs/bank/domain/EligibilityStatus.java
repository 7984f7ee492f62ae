package cn.kaifeng.tfs.bank.domain;

/** A bank's answer for one program: 符合 / 审核中 / 不符合. */
public enum EligibilityStatus {
    ELIGIBLE,
    PENDING,
    NOT_ELIGIBLE
}
