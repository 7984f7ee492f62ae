package cn.kaifeng.tfs.agreement.domain;

/**
 * Where an agreement stands: drafted from the program's template and waiting for the applicant's targets; targets
 * proposed and waiting for the reviewer; returned to the applicant with a reason; issued (the bureau accepted the
 * targets, and the agreement PDF is signed with its key) and waiting for the applicant to accept it; signed by both.
 */
public enum AgreementStatus {
    DRAFT,
    TARGETS_PROPOSED,
    TARGETS_RETURNED,
    ISSUED,
    SIGNED
}
