package cn.kaifeng.tfs.payment.domain;

/**
 * Where a payment request stands. REQUESTED (the tranche fell due) → REVIEWED (a reviewer approved) → [FIRST_APPROVED,
 * above the program's threshold: one finance officer approved, a second must] → APPROVED (waits for the next file) →
 * IN_FILE (written to a payment file) → PAID or FAILED (the treasury's return file). A FAILED request is back in the
 * finance officers' queue with its reason, to be approved again into a later file.
 */
public enum PaymentStatus {
    REQUESTED,
    REVIEWED,
    FIRST_APPROVED,
    APPROVED,
    IN_FILE,
    PAID,
    FAILED;

    /** Approved and not yet settled: money promised to the payee that the award must still cover. */
    public boolean inFlight() {
        return this == APPROVED || this == IN_FILE;
    }

    /** Waiting for a finance officer's approval. */
    public boolean awaitsFinance() {
        return this == REVIEWED || this == FIRST_APPROVED || this == FAILED;
    }
}
