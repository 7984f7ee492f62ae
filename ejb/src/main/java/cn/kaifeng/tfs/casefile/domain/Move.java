package cn.kaifeng.tfs.casefile.domain;

import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.APPEALED;
import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.APPROVED;
import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.AWAITING_DECISION;
import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.AWAITING_SECOND_APPROVAL;
import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.DRAFT;
import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.EXPERT_REVIEW;
import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.FORMAL_REVIEW;
import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.LETTER_ISSUED;
import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.OBJECTED;
import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.PUBLIC_NOTICE;
import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.REJECTED;
import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.RETURNED;
import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.REVIEW_CONCLUDED;
import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.SUBMITTED;
import static cn.kaifeng.tfs.casefile.domain.ApplicationStatus.WITHDRAWN;

import cn.kaifeng.tfs.program.domain.ReviewPath;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.MessageKey;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every step an application can take, who takes it, from which states, and where it leads: the one state machine
 * of an application's life. Where a step leads can depend on the program's review path (a program without an
 * expert panel goes from formal review straight to "review concluded"; one without public notice straight to the
 * decision). Anything not listed here is refused.
 */
public enum Move {
    SUBMIT(Actor.APPLICANT, EnumSet.of(DRAFT)),
    RESUBMIT(Actor.APPLICANT, EnumSet.of(RETURNED)),
    WITHDRAW(Actor.APPLICANT, ApplicationStatus.UNDECIDED),
    /** A reviewer takes a submitted application into review: formal review, or the next step the program has. */
    START_REVIEW(Actor.REVIEWER, EnumSet.of(SUBMITTED)),
    RETURN_FOR_REVISION(Actor.REVIEWER, EnumSet.of(FORMAL_REVIEW)),
    PASS_FORMAL_REVIEW(Actor.REVIEWER, EnumSet.of(FORMAL_REVIEW)),
    CONCLUDE_PANEL(Actor.REVIEWER, EnumSet.of(EXPERT_REVIEW)),
    PROPOSE_APPROVAL(Actor.REVIEWER, EnumSet.of(REVIEW_CONCLUDED)),
    OBJECT(Actor.PUBLIC, EnumSet.of(PUBLIC_NOTICE)),
    DISMISS_OBJECTION(Actor.REVIEWER, EnumSet.of(OBJECTED)),
    UPHOLD_OBJECTION(Actor.REVIEWER, EnumSet.of(OBJECTED)),
    END_NOTICE(Actor.SYSTEM, EnumSet.of(PUBLIC_NOTICE)),
    APPROVE(Actor.REVIEWER, EnumSet.of(AWAITING_DECISION)),
    REQUEST_SECOND_APPROVAL(Actor.REVIEWER, EnumSet.of(AWAITING_DECISION)),
    CONFIRM_APPROVAL(Actor.REVIEWER, EnumSet.of(AWAITING_SECOND_APPROVAL)),
    DECLINE_APPROVAL(Actor.REVIEWER, EnumSet.of(AWAITING_SECOND_APPROVAL)),
    REJECT(Actor.REVIEWER, EnumSet.of(FORMAL_REVIEW, REVIEW_CONCLUDED, AWAITING_DECISION)),
    ISSUE_LETTER(Actor.REVIEWER, EnumSet.of(APPROVED, REJECTED)),
    APPEAL(Actor.APPLICANT, EnumSet.of(LETTER_ISSUED)),
    REOPEN(Actor.REVIEWER, EnumSet.of(APPEALED)),
    DISMISS_APPEAL(Actor.REVIEWER, EnumSet.of(APPEALED));

    /** Who takes a step: the applicant, a reviewer, anyone (an objection to a public notice), or the system's timer. */
    public enum Actor {
        APPLICANT,
        REVIEWER,
        PUBLIC,
        SYSTEM
    }

    private final Actor actor;
    private final Set<ApplicationStatus> from;

    Move(Actor actor, Set<ApplicationStatus> from) {
        this.actor = actor;
        this.from = Set.copyOf(from);
    }

    public Actor actor() {
        return actor;
    }

    /** Whether this step exists at all in a program with this review path. */
    public boolean appliesTo(ReviewPath path) {
        return switch (this) {
            case RETURN_FOR_REVISION, PASS_FORMAL_REVIEW -> path.formalReview();
            case CONCLUDE_PANEL -> path.expertPanel();
            case OBJECT, DISMISS_OBJECTION, UPHOLD_OBJECTION, END_NOTICE -> path.publicNoticeDays() > 0;
            case APPEAL, REOPEN, DISMISS_APPEAL -> path.appealDays() > 0;
            default -> true;
        };
    }

    /** Whether the step can be taken now, from this state, in a program with this review path. */
    public boolean allowedFrom(ApplicationStatus status, ReviewPath path) {
        return from.contains(status) && appliesTo(path);
    }

    /** Where the step leads from {@code status}; refused with a clear reason when it cannot be taken. */
    public ApplicationStatus target(ApplicationStatus status, ReviewPath path) {
        if (!allowedFrom(status, path)) {
            throw new DomainException(
                    "application.illegalMove",
                    new MessageKey("move." + name()),
                    new MessageKey("status." + status.name()));
        }
        return switch (this) {
            case SUBMIT, RESUBMIT -> SUBMITTED;
            case WITHDRAW -> WITHDRAWN;
            case START_REVIEW -> path.formalReview() ? FORMAL_REVIEW : afterFormalReview(path);
            case RETURN_FOR_REVISION -> RETURNED;
            case PASS_FORMAL_REVIEW -> afterFormalReview(path);
            case CONCLUDE_PANEL -> REVIEW_CONCLUDED;
            case PROPOSE_APPROVAL -> path.publicNoticeDays() > 0 ? PUBLIC_NOTICE : AWAITING_DECISION;
            case OBJECT -> OBJECTED;
            case DISMISS_OBJECTION -> PUBLIC_NOTICE;
            case UPHOLD_OBJECTION, REJECT -> REJECTED;
            case END_NOTICE, DECLINE_APPROVAL -> AWAITING_DECISION;
            case APPROVE, CONFIRM_APPROVAL -> APPROVED;
            case REQUEST_SECOND_APPROVAL -> AWAITING_SECOND_APPROVAL;
            case ISSUE_LETTER, DISMISS_APPEAL -> LETTER_ISSUED;
            case APPEAL -> APPEALED;
            case REOPEN -> path.formalReview() ? FORMAL_REVIEW : afterFormalReview(path);
        };
    }

    private static ApplicationStatus afterFormalReview(ReviewPath path) {
        return path.expertPanel() ? EXPERT_REVIEW : REVIEW_CONCLUDED;
    }
}
