package cn.kaifeng.tfs.privacy.domain;

/** The classes of data that have a retention rule of their own. Names are message keys too (retention.class.X). */
public enum DataClass {
    /** application drafts never submitted, with their uploaded files */
    UNSUBMITTED_DRAFTS,
    /** the phone or e-mail an objector left during a public notice */
    OBJECTOR_CONTACTS,
    /** in-portal notifications to applicants */
    NOTIFICATIONS,
    /** the record of every question a bank asked, and what it was told */
    BANK_QUERIES,
    /** the business licence and letter of authorisation of a claim the bureau rejected */
    REJECTED_CLAIM_DOCUMENTS,
    /** login attempts counted for the back-off (digests of names and addresses, not the names) */
    FAILED_LOGINS,
    /** submitted applications, decisions, letters, loan reports: the bureau's case files */
    CASE_FILES,
    /** the audit trail */
    AUDIT_TRAIL
}
