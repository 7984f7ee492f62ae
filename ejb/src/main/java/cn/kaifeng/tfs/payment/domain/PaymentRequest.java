package cn.kaifeng.tfs.payment.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
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
 * A tranche's payment, from the request to the treasury's answer, with who approved it. Four eyes at least: the
 * reviewer and the finance officer are different people, and above the program's threshold a second finance officer,
 * different from both, approves as well; no one approves a request twice. Each move refuses what its state does not
 * allow with a message key. A failed payment forgets its finance approvals (the reviewer's stands: the tranche is
 * still due) and waits for them again, with the treasury's reason shown.
 */
@Entity
@Table(name = "payment_request")
public class PaymentRequest {

    public static final int MAX_REASON = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_request_seq")
    @SequenceGenerator(name = "payment_request_seq", sequenceName = "payment_request_seq", allocationSize = 1)
    private Long id;

    @Column(name = "application_id")
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 20)
    private PaymentSource sourceKind = PaymentSource.TRANCHE;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "case_number", nullable = false, length = 40)
    private String caseNumber;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "tranche_no", nullable = false)
    private int trancheNo;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "purpose", nullable = false, length = 200)
    private String purpose;

    @Column(name = "budget_line", nullable = false, length = 60)
    private String budgetLine;

    @Column(name = "threshold_fen", nullable = false)
    private long thresholdFen;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PaymentStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "reviewed_by", length = 50)
    private String reviewedBy;

    @Column(name = "first_finance_by", length = 50)
    private String firstFinanceBy;

    @Column(name = "second_finance_by", length = 50)
    private String secondFinanceBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "treasury_ref", length = 64)
    private String treasuryRef;

    @Column(name = "failure_reason", length = MAX_REASON)
    private String failureReason;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Version
    private long version;

    protected PaymentRequest() {
        // for JPA
    }

    public PaymentRequest(
            long applicationId,
            String caseNumber,
            String programCode,
            long organisationId,
            int trancheNo,
            long amountFen,
            String purpose,
            String budgetLine,
            long thresholdFen,
            Instant at) {
        if (amountFen <= 0) {
            throw new DomainException("payment.amountPositive");
        }
        if (trancheNo < 1) {
            throw new DomainException("payment.trancheNo");
        }
        this.applicationId = applicationId;
        this.caseNumber = required(caseNumber, 40);
        this.programCode = required(programCode, 40);
        this.organisationId = organisationId;
        this.trancheNo = trancheNo;
        this.amountFen = amountFen;
        this.purpose = required(purpose, 200);
        this.budgetLine = required(budgetLine, 60);
        this.thresholdFen = Math.max(0, thresholdFen);
        this.status = PaymentStatus.REQUESTED;
        this.requestedAt = Objects.requireNonNull(at);
    }

    /**
     * The payment of an approved pool claim (代偿) to the claiming bank, in one tranche. The claim's reviewers already
     * checked it, so it starts REVIEWED by the reviewer whose decision approved it: the finance approvals follow as for
     * a tranche, by other people.
     */
    public static PaymentRequest forClaim(
            long claimId,
            String poolCode,
            long bankId,
            long amountFen,
            String purpose,
            String budgetLine,
            long thresholdFen,
            String approvedBy,
            Instant at) {
        PaymentRequest request = new PaymentRequest(
                0, "RP-" + claimId, poolCode, bankId, 1, amountFen, purpose, budgetLine, thresholdFen, at);
        request.applicationId = null;
        request.sourceKind = PaymentSource.CLAIM;
        request.sourceId = claimId;
        request.review(approvedBy);
        return request;
    }

    private static String required(String text, int max) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new DomainException("payment.badTranche");
        }
        return text.strip();
    }

    /** The reviewer checked that the tranche is due and approves it for finance. */
    public void review(String by) {
        requireStatus(PaymentStatus.REQUESTED);
        reviewedBy = person(by);
        status = PaymentStatus.REVIEWED;
    }

    /**
     * A finance officer approves. Below or at the threshold one approval makes it APPROVED; above it the first makes it
     * FIRST_APPROVED and a second, by someone else, APPROVED. Returns the new status: APPROVED means the caller must
     * have checked that the award covers it (see {@link AwardCover}).
     */
    public PaymentStatus approve(String by, Instant at) {
        if (!status.awaitsFinance()) {
            throw new DomainException("payment.notAwaitingFinance", status.name());
        }
        String person = person(by);
        if (person.equals(reviewedBy)) {
            throw new DomainException("payment.reviewerCannotApprove");
        }
        if (status == PaymentStatus.FIRST_APPROVED) {
            if (person.equals(firstFinanceBy)) {
                throw new DomainException("payment.alreadyApproved");
            }
            secondFinanceBy = person;
            return approved(at);
        }
        firstFinanceBy = person;
        if (needsSecondApproval()) {
            status = PaymentStatus.FIRST_APPROVED;
            return status;
        }
        return approved(at);
    }

    /** Whether the approval that is about to be given would make the request APPROVED (and so spend its cover). */
    public boolean nextApprovalCompletes() {
        return status == PaymentStatus.FIRST_APPROVED || (status.awaitsFinance() && !needsSecondApproval());
    }

    public boolean needsSecondApproval() {
        return amountFen > thresholdFen;
    }

    private PaymentStatus approved(Instant at) {
        status = PaymentStatus.APPROVED;
        approvedAt = at;
        return status;
    }

    /** Written to a payment file. */
    public void putInFile(long fileId) {
        requireStatus(PaymentStatus.APPROVED);
        this.fileId = fileId;
        status = PaymentStatus.IN_FILE;
    }

    /** The treasury paid it. */
    public void paid(String reference, Instant at) {
        requireStatus(PaymentStatus.IN_FILE);
        treasuryRef = reference;
        failureReason = null;
        settledAt = at;
        status = PaymentStatus.PAID;
    }

    /** The treasury could not pay it: back to the finance queue with the reason, its finance approvals undone. */
    public void failed(String reference, String reason, Instant at) {
        requireStatus(PaymentStatus.IN_FILE);
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new DomainException("payment.reasonRequired");
        }
        treasuryRef = reference;
        failureReason = reason.strip();
        settledAt = at;
        firstFinanceBy = null;
        secondFinanceBy = null;
        approvedAt = null;
        status = PaymentStatus.FAILED;
    }

    private void requireStatus(PaymentStatus expected) {
        if (status != expected) {
            throw new DomainException("payment.wrongStatus", status.name(), expected.name());
        }
    }

    private static String person(String by) {
        if (by == null || by.isBlank()) {
            throw new DomainException("payment.noActor");
        }
        return by;
    }

    /** How the audit trail names a payment. */
    public String auditSubject() {
        return "payment:" + id;
    }

    public Long id() {
        return id;
    }

    /** The application whose tranche this pays; only for a tranche ({@link #sourceKind()}). */
    public long applicationId() {
        if (applicationId == null) {
            throw new IllegalStateException("payment " + id + " pays a " + sourceKind + ", not a tranche");
        }
        return applicationId;
    }

    public PaymentSource sourceKind() {
        return sourceKind;
    }

    /** The claim this pays, for a {@link PaymentSource#CLAIM}; null for a tranche. */
    public Long sourceId() {
        return sourceId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String programCode() {
        return programCode;
    }

    public long organisationId() {
        return organisationId;
    }

    public int trancheNo() {
        return trancheNo;
    }

    public long amountFen() {
        return amountFen;
    }

    public Money amount() {
        return Money.ofFen(amountFen);
    }

    public String purpose() {
        return purpose;
    }

    public String budgetLine() {
        return budgetLine;
    }

    public Money threshold() {
        return Money.ofFen(thresholdFen);
    }

    public PaymentStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String firstFinanceBy() {
        return firstFinanceBy;
    }

    public String secondFinanceBy() {
        return secondFinanceBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Long fileId() {
        return fileId;
    }

    public String treasuryRef() {
        return treasuryRef;
    }

    public String failureReason() {
        return failureReason;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public long rowVersion() {
        return version;
    }
}
