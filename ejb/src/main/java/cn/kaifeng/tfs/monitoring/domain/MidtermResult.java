package cn.kaifeng.tfs.monitoring.domain;

/**
 * The conclusion of a mid-term check: 通过 (the mid-term tranche falls due), 限期整改 (fix what is named by a
 * deadline; a later check follows), 不通过 (no mid-term tranche; the bureau may open a recovery order).
 */
public enum MidtermResult {
    PASSED,
    RECTIFY,
    FAILED;

    /** Whether it ends the mid-term checks of the award. */
    public boolean concludes() {
        return this != RECTIFY;
    }
}
