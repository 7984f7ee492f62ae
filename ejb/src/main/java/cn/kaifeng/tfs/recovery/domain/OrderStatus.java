package cn.kaifeng.tfs.recovery.domain;

/**
 * A recovery order is open until its principal and interest are paid, then settled; nothing moves it back. Overdue
 * is no state of its own: an open order is overdue on every day after its due date ({@link RecoveryOrder#overdueOn}),
 * so no job has to move it there.
 */
public enum OrderStatus {
    OPEN,
    SETTLED
}
