package cn.kaifeng.tfs.program.domain;

/**
 * When a tranche of an agreement's money falls due: when the agreement is signed, after the mid-term check (中期检查)
 * or after the acceptance (验收). In the order a project meets them, so a tranche plan is written in this order.
 */
public enum TrancheCondition {
    ON_SIGNING,
    AFTER_MIDTERM_CHECK,
    AFTER_ACCEPTANCE
}
