package cn.kaifeng.tfs.organisation.domain;

/**
 * Whether the platform knows that an organisation is who it says it is. Until a claimed credit code is proven the
 * organisation may fill its profile but not act as the enterprise: no submission, no bank authorisation, no export.
 */
public enum IdentityStatus {
    /** The credit code is proven (by the bureau's check of the claim), or was entered by an administrator. */
    VERIFIED,
    /** A credit code is claimed and not yet proven. */
    CLAIMED,
    /**
     * A talent team without a registered entity of its own: there is no code anyone could usurp; the team itself is
     * checked in the formal review (形式审查) of each application.
     */
    NO_CODE;

    /** Whether the organisation may act as itself (submit, authorise banks, export its data, add colleagues). */
    public boolean proven() {
        return this != CLAIMED;
    }
}
