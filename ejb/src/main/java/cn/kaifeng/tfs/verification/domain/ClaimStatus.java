package cn.kaifeng.tfs.verification.domain;

/** Where a claim stands. A rejected claim can be corrected and submitted again; a verified one is final. */
public enum ClaimStatus {
    /** Registered; the claimant still has to upload its documents and submit them. */
    AWAITING_DOCUMENTS,
    /** With the bureau. */
    SUBMITTED,
    VERIFIED,
    /** Returned with a reason; the claimant may replace documents and submit again. */
    REJECTED;

    public boolean claimantMayChange() {
        return this == AWAITING_DOCUMENTS || this == REJECTED;
    }
}
