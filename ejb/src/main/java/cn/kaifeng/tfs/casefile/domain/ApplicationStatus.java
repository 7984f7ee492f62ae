package cn.kaifeng.tfs.casefile.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands in its life: draft → submitted → formal review (形式审查, with returns for revision)
 * → expert review → review concluded → public notice (公示, paused by an objection) → awaiting decision (and a
 * second reviewer's approval for large amounts) → approved or rejected → letter issued; withdrawn and appealed on
 * the side. Which moves lead from one to the next is {@link Move}'s business.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    FORMAL_REVIEW,
    RETURNED,
    EXPERT_REVIEW,
    /** Scoring is complete: the expert panel has concluded, or the program has no panel and formal review passed. */
    REVIEW_CONCLUDED,
    PUBLIC_NOTICE,
    /** Someone objected during the public notice; the application waits until a reviewer resolves it. */
    OBJECTED,
    AWAITING_DECISION,
    /** Four-eyes: an approval above the program's limit waits for a second reviewer. */
    AWAITING_SECOND_APPROVAL,
    APPROVED,
    REJECTED,
    LETTER_ISSUED,
    APPEALED,
    WITHDRAWN;

    /** Before a decision the applicant may still withdraw; after it, the decision stands. */
    static final Set<ApplicationStatus> UNDECIDED = EnumSet.of(
            SUBMITTED,
            FORMAL_REVIEW,
            RETURNED,
            EXPERT_REVIEW,
            REVIEW_CONCLUDED,
            PUBLIC_NOTICE,
            OBJECTED,
            AWAITING_DECISION,
            AWAITING_SECOND_APPROVAL);

    /** The applicant can change the form and its attachments: a draft, or an application returned for revision. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** With the bureau: submitted and not yet decided, returned to the applicant, or withdrawn. */
    public boolean inReview() {
        return UNDECIDED.contains(this) && this != RETURNED;
    }
}
