package cn.kaifeng.tfs.recovery.domain;

/**
 * Why money is recovered: the recipient broke its agreement (违约), or its project failed acceptance (验收不通过,
 * opened by the acceptance through {@code RecoveryService.open}).
 */
public enum RecoveryReason {
    BREACH,
    FAILED_ACCEPTANCE
}
