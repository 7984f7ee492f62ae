package cn.kaifeng.tfs.casefile.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The decision's part of the case: the amount proposed and published in the public notice, the notice period, and
 * the four-eyes decision (who decided which amount, and the second reviewer who confirmed it). The objections raised
 * during the notice belong to the review feature ({@code review.domain.Objection}).
 */
@Embeddable
public class Decision {

    /** The amount proposed for approval and published in the public notice. */
    @Column(name = "proposed_amount", precision = 15, scale = 2)
    private Money proposedAmount;

    /** Why the proposed or decided amount differs from the program's award rule. */
    @Column(name = "amount_reason", length = 1000)
    private String amountReason;

    @Column(name = "notice_starts_at")
    private Instant noticeStartsAt;

    @Column(name = "notice_ends_at")
    private Instant noticeEndsAt;

    @Column(name = "decided_amount", precision = 15, scale = 2)
    private Money decidedAmount;

    @Column(name = "decided_by", length = 32)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "second_approver", length = 32)
    private String secondApprover;

    protected Decision() {
        // for JPA, and for a case not yet proposed
    }

    static Decision none() {
        return new Decision();
    }

    /**
     * A proposed approval: the amount (with a reason where it is not the award rule's; none for a recognition, which
     * confers a status only) and the notice period.
     */
    void propose(Money amount, String reason, Instant noticeStarts, Instant noticeEnds) {
        this.proposedAmount = amount;
        this.amountReason = reason;
        this.noticeStartsAt = noticeStarts;
        this.noticeEndsAt = noticeEnds;
    }

    /** The first reviewer's decision on the amount (none for a recognition), final or waiting for a second reviewer. */
    void decide(Money amount, String reason, String reviewer, Instant now) {
        this.decidedAmount = amount;
        if (reason != null) {
            this.amountReason = reason;
        }
        this.decidedBy = reviewer;
        this.decidedAt = now;
    }

    /** The second reviewer confirms: never the one who decided. */
    void confirm(String reviewer, Instant now) {
        if (reviewer.equals(decidedBy)) {
            throw new DomainException("decision.secondReviewerDiffers");
        }
        this.secondApprover = reviewer;
        this.decidedAt = now;
    }

    public Money proposedAmount() {
        return proposedAmount;
    }

    public String amountReason() {
        return amountReason;
    }

    public Instant noticeStartsAt() {
        return noticeStartsAt;
    }

    public Instant noticeEndsAt() {
        return noticeEndsAt;
    }

    public Money decidedAmount() {
        return decidedAmount;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String secondApprover() {
        return secondApprover;
    }
}
