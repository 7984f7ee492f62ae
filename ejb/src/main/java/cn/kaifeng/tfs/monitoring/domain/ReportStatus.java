package cn.kaifeng.tfs.monitoring.domain;

/**
 * Where a submitted progress report stands: submitted and waiting for the reviewer; returned to the applicant with
 * a reason (to submit again); accepted. A period with no report yet has no row and no status.
 */
public enum ReportStatus {
    SUBMITTED,
    RETURNED,
    ACCEPTED
}
