package cn.kaifeng.tfs.bank.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A loan a bank granted against an approved support, so the bureau sees how support turns into credit. Reported
 * once: a retry with the same idempotency key finds this report instead of making another.
 */
@Entity
@Table(name = "loan_report")
public class LoanReport {

    public static final int MAX_TERM_MONTHS = 360;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loan_report_seq")
    @SequenceGenerator(name = "loan_report_seq", sequenceName = "loan_report_seq", allocationSize = 50)
    private Long id;

    @Column(name = "bank_id", nullable = false)
    private Long bankId;

    @Column(name = "letter_id", nullable = false)
    private Long letterId;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money amount;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Column(name = "granted_on", nullable = false)
    private LocalDate grantedOn;

    @Column(name = "reported_by", nullable = false, length = 32)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "idempotency_key", length = 64)
    private String idempotencyKey;

    @Column(name = "request_sha256", length = 64)
    private String requestSha256;

    protected LoanReport() {
        // for JPA
    }

    /**
     * @param support the approval the loan rests on; the loan must be granted within its window
     */
    public LoanReport(
            long bankId,
            long enterpriseId,
            String programCode,
            Support support,
            Money amount,
            int termMonths,
            LocalDate grantedOn,
            String reportedBy,
            Instant reportedAt,
            String idempotencyKey,
            String requestSha256) {
        if (amount == null || amount.isZero() || amount.compareTo(Money.ZERO) < 0) {
            throw new DomainException("bank.loan.amountPositive");
        }
        if (termMonths < 1 || termMonths > MAX_TERM_MONTHS) {
            throw new DomainException("bank.loan.badTerm", MAX_TERM_MONTHS);
        }
        if (grantedOn == null) {
            throw new DomainException("bank.loan.grantedOnRequired");
        }
        if (!support.inForceOn(grantedOn)) {
            throw new DomainException("bank.loan.outsideValidity", support.validFrom(), support.validUntil());
        }
        this.bankId = bankId;
        this.letterId = support.letterId();
        this.enterpriseId = enterpriseId;
        this.programCode = programCode;
        this.amount = amount;
        this.termMonths = termMonths;
        this.grantedOn = grantedOn;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.idempotencyKey = idempotencyKey;
        this.requestSha256 = requestSha256;
    }

    public Long id() {
        return id;
    }

    public Long bankId() {
        return bankId;
    }

    public Long letterId() {
        return letterId;
    }

    public Long enterpriseId() {
        return enterpriseId;
    }

    public String programCode() {
        return programCode;
    }

    public Money amount() {
        return amount;
    }

    public int termMonths() {
        return termMonths;
    }

    public LocalDate grantedOn() {
        return grantedOn;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String requestSha256() {
        return requestSha256;
    }
}
