package cn.kaifeng.tfs.riskpool.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.util.List;
import java.util.Objects;

/**
 * A bank's claim (代偿申请) for a defaulted covered loan, through one state machine that refuses illegal moves with a
 * clear reason: the bank submits it with its evidence (the attachments, content-checked where they are stored); a
 * reviewer approves or rejects it, with a reason for a rejection; a claim paying more than the agreement's threshold
 * needs a second reviewer, never the first, to confirm; an approved claim is paid once. The amount is fixed at
 * submission from the pool's book ({@link PoolBook#claimable}), so what reviewers decide is what is paid.
 */
public final class Claim {

    public static final int MAX_EVIDENCE = 20;
    public static final int MAX_REASON = 500;

    private final long loanId;
    private final long amountFen;
    private final long secondApprovalAboveFen;
    private final List<Long> evidence;
    private ClaimState state = ClaimState.SUBMITTED;
    private String firstReviewer;
    private String secondReviewer;
    private String reason;

    /**
     * @param amountFen what the pool would pay, its share of the loss not yet recovered
     * @param evidence the ids of the stored attachments the bank gave (at least one)
     */
    public Claim(long loanId, long amountFen, long secondApprovalAboveFen, List<Long> evidence) {
        if (amountFen <= 0) {
            throw new DomainException("riskpool.claim.nothingToClaim");
        }
        if (evidence == null || evidence.isEmpty() || evidence.size() > MAX_EVIDENCE) {
            throw new DomainException("riskpool.claim.evidence", MAX_EVIDENCE);
        }
        this.loanId = loanId;
        this.amountFen = amountFen;
        this.secondApprovalAboveFen = secondApprovalAboveFen;
        this.evidence = List.copyOf(evidence);
    }

    /** The first reviewer's decision; a rejection needs its reason. */
    public void review(String reviewer, boolean approve, String reason) {
        Objects.requireNonNull(reviewer);
        expect(ClaimState.SUBMITTED);
        String why = reason(reason, !approve);
        firstReviewer = reviewer;
        this.reason = why;
        if (!approve) {
            state = ClaimState.REJECTED;
        } else {
            state = needsSecondApproval() ? ClaimState.AWAITING_SECOND_APPROVAL : ClaimState.APPROVED;
        }
    }

    /** The second reviewer's confirmation (四眼原则): not the first reviewer; declining needs its reason. */
    public void confirm(String reviewer, boolean approve, String reason) {
        Objects.requireNonNull(reviewer);
        expect(ClaimState.AWAITING_SECOND_APPROVAL);
        if (reviewer.equals(firstReviewer)) {
            throw new DomainException("riskpool.claim.sameReviewer");
        }
        String why = reason(reason, !approve);
        secondReviewer = reviewer;
        this.reason = why;
        state = approve ? ClaimState.APPROVED : ClaimState.REJECTED;
    }

    /** The payout was posted: the claim is paid, once. */
    public void paid() {
        expect(ClaimState.APPROVED);
        state = ClaimState.PAID;
    }

    public boolean needsSecondApproval() {
        return amountFen > secondApprovalAboveFen;
    }

    private void expect(ClaimState expected) {
        if (state != expected) {
            throw new DomainException("riskpool.claim.illegalMove." + state.name());
        }
    }

    private static String reason(String reason, boolean required) {
        String stripped = reason == null ? "" : reason.strip();
        if (required && stripped.isEmpty()) {
            throw new DomainException("riskpool.claim.reasonRequired");
        }
        if (stripped.length() > MAX_REASON) {
            throw new DomainException("riskpool.claim.reasonTooLong", MAX_REASON);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    public long loanId() {
        return loanId;
    }

    public long amountFen() {
        return amountFen;
    }

    public List<Long> evidence() {
        return evidence;
    }

    public ClaimState state() {
        return state;
    }

    public String firstReviewer() {
        return firstReviewer;
    }

    public String secondReviewer() {
        return secondReviewer;
    }

    public String reason() {
        return reason;
    }
}
