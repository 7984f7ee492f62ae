package cn.kaifeng.tfs.riskpool.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A bank's claim (代偿申请) for a defaulted covered loan, through one state machine that refuses illegal moves with a
 * clear reason: the bank submits it with its evidence (the attachments, content-checked where they are stored); a
 * reviewer approves or rejects it, with a reason for a rejection; a claim paying more than the agreement's threshold
 * needs a second reviewer, never the first, to confirm; an approved claim is paid once. The amount is fixed at
 * submission from the pool's book ({@link PoolBook#claimable}), so what reviewers decide is what is paid. Stored one
 * per loan with the bank, the pool and the request's Idempotency-Key; the evidence files are {@link ClaimFile}s.
 */
@Entity(name = "PoolClaim")
@Table(name = "risk_pool_claim")
public class Claim {

    public static final int MAX_EVIDENCE = 20;
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_pool_claim_seq")
    @SequenceGenerator(name = "risk_pool_claim_seq", sequenceName = "risk_pool_claim_seq", allocationSize = 1)
    private Long id;

    @Column(name = "loan_report_id", nullable = false)
    private long loanId;

    @Column(name = "bank_id", nullable = false)
    private long bankId;

    @Column(name = "pool_code", nullable = false, length = 40)
    private String poolCode;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "second_approval_above_fen", nullable = false)
    private long secondApprovalAboveFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ClaimState state = ClaimState.SUBMITTED;

    @Column(name = "submitted_by", nullable = false, length = 50)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "first_reviewer", length = 50)
    private String firstReviewer;

    @Column(name = "second_reviewer", length = 50)
    private String secondReviewer;

    @Column(length = MAX_REASON)
    private String reason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "idempotency_key", length = 64)
    private String idempotencyKey;

    @Column(name = "request_sha256", nullable = false, length = 64)
    private String requestSha256;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Claim() {
        // for JPA
    }

    /**
     * @param amountFen what the pool would pay, its share of the loss not yet recovered
     * @param evidenceFiles how many content-checked files the bank gave (at least one)
     */
    public Claim(long loanId, long amountFen, long secondApprovalAboveFen, int evidenceFiles) {
        if (amountFen <= 0) {
            throw new DomainException("riskpool.claim.nothingToClaim");
        }
        if (evidenceFiles < 1 || evidenceFiles > MAX_EVIDENCE) {
            throw new DomainException("riskpool.claim.evidence", MAX_EVIDENCE);
        }
        this.loanId = loanId;
        this.amountFen = amountFen;
        this.secondApprovalAboveFen = secondApprovalAboveFen;
    }

    /** A claim as a bank files it through the API or its page. */
    public Claim(
            long loanId,
            long amountFen,
            long secondApprovalAboveFen,
            int evidenceFiles,
            long bankId,
            String poolCode,
            String submittedBy,
            Instant submittedAt,
            String idempotencyKey,
            String requestSha256) {
        this(loanId, amountFen, secondApprovalAboveFen, evidenceFiles);
        this.bankId = bankId;
        this.poolCode = Objects.requireNonNull(poolCode);
        this.submittedBy = Objects.requireNonNull(submittedBy);
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.idempotencyKey = idempotencyKey;
        this.requestSha256 = Objects.requireNonNull(requestSha256);
    }

    /** When the last reviewer's decision was taken (kept by the service, which owns the clock). */
    public void decidedAt(Instant at) {
        this.decidedAt = at;
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

    public Long id() {
        return id;
    }

    public long bankId() {
        return bankId;
    }

    public String poolCode() {
        return poolCode;
    }

    public long secondApprovalAboveFen() {
        return secondApprovalAboveFen;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String requestSha256() {
        return requestSha256;
    }

    public long rowVersion() {
        return rowVersion;
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
