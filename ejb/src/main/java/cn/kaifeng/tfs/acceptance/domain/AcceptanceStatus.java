package cn.kaifeng.tfs.acceptance.domain;

/**
 * Where an acceptance stands: requested by the applicant; opened by the reviewer; its panel assigned and scoring;
 * told to rectify (限期整改) and waiting for the applicant's second request; passed; failed. The last two are final.
 */
public enum AcceptanceStatus {
    REQUESTED,
    OPENED,
    PANEL,
    RECTIFYING,
    PASSED,
    FAILED
}
