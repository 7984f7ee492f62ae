package cn.kaifeng.tfs.recovery.domain;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A recovery order (追回): money paid to an award (an application) that its organisation must pay back by a due date,
 * with the program's interest terms as they stood when the order was opened (a later program version does not change
 * what an order already charges). The payments received are rows of their own ({@link RecoveryPayment}); the order
 * keeps their sums, so that lists and the check against the award's paid amount need no walk over them.
 *
 * <p>Its life: OPEN, then SETTLED once principal and interest are paid. A payment is refused on a settled order,
 * above what is owed that day, or dated before the last one recorded.
 */
@Entity
@Table(name = "recovery_order")
public class RecoveryOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_order_seq")
    @SequenceGenerator(name = "recovery_order_seq", sequenceName = "recovery_order_seq", allocationSize = 1)
    private Long id;

    /** The award's application (the ledger's award id). */
    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    @Column(name = "principal_fen", nullable = false)
    private long principalFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecoveryReason reason;

    @Column(name = "reason_text", nullable = false, length = 2000)
    private String reasonText;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    /** The program's yearly rate when the order was opened (0: no interest). */
    @Column(name = "annual_rate", nullable = false, precision = 9, scale = 6)
    private BigDecimal annualRate;

    /** The program's 失信 period in months when the order was opened; null when the program sets none. */
    @Column(name = "credit_months")
    private Integer creditMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OrderStatus status;

    @Column(name = "principal_paid_fen", nullable = false)
    private long principalPaidFen;

    @Column(name = "interest_paid_fen", nullable = false)
    private long interestPaidFen;

    @Column(name = "opened_by", nullable = false, length = 32)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "settled_on")
    private LocalDate settledOn;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected RecoveryOrder() {
        // for JPA
    }

    /**
     * Opens an order for {@code amount}, which must be positive and at most {@code recoverable}: what was paid to
     * the award and not recovered, less what other open orders on it still claim.
     */
    public RecoveryOrder(
            long applicationId,
            long organisationId,
            String programCode,
            Money amount,
            Money recoverable,
            RecoveryReason reason,
            String reasonText,
            LocalDate dueDate,
            BigDecimal annualRate,
            Integer creditMonths,
            String openedBy,
            Instant openedAt) {
        if (amount == null || amount.isZero() || amount.fen() < 0) {
            throw new DomainException("recovery.amountPositive");
        }
        if (amount.compareTo(recoverable) > 0) {
            throw new DomainException("recovery.amountAboveRecoverable", amount, recoverable);
        }
        if (dueDate == null) {
            throw new DomainException("recovery.dueDateRequired");
        }
        this.applicationId = applicationId;
        this.organisationId = organisationId;
        this.programCode = Objects.requireNonNull(programCode);
        this.principalFen = amount.fen();
        this.reason = Objects.requireNonNull(reason, "reason");
        this.reasonText = Texts.reason(reasonText);
        this.dueDate = dueDate;
        this.annualRate = annualRate == null ? BigDecimal.ZERO : annualRate;
        this.creditMonths = creditMonths;
        this.status = OrderStatus.OPEN;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** The debt, with the payments recorded so far (this order's, in the order recorded). */
    public Debt debt(List<RecoveryPayment> payments) {
        return new Debt(
                principalFen,
                dueDate,
                annualRate,
                payments.stream()
                        .map(p -> new Debt.Repayment(p.paidOn(), p.amountFen()))
                        .toList());
    }

    /**
     * A payment received on {@code day}: split into interest and principal, refused on a settled order or beyond
     * what is owed; the order is settled when nothing is owed after it.
     */
    public RecoveryPayment pay(List<RecoveryPayment> earlier, LocalDate day, Money amount, String by, Instant at) {
        if (status == OrderStatus.SETTLED) {
            throw new DomainException("recovery.alreadySettled", String.valueOf(id));
        }
        if (day == null) {
            throw new DomainException("recovery.paidOnRequired");
        }
        if (amount == null || amount.fen() <= 0) {
            throw new DomainException("recovery.paymentPositive");
        }
        Debt debt = debt(earlier);
        Debt.Split split = debt.split(day, amount.fen());
        RecoveryPayment payment =
                new RecoveryPayment(id, day, amount.fen(), split.interestFen(), split.principalFen(), by, at);
        interestPaidFen += split.interestFen();
        principalPaidFen += split.principalFen();
        List<RecoveryPayment> all = new java.util.ArrayList<>(earlier);
        all.add(payment);
        if (debt(all).on(day).settled()) {
            status = OrderStatus.SETTLED;
            settledOn = day;
        }
        return payment;
    }

    /** Open and past its due date: what may lead to a 失信 record. */
    public boolean overdueOn(LocalDate day) {
        return status == OrderStatus.OPEN && day.isAfter(dueDate);
    }

    /** A 失信 record may follow only an order overdue on that day, of a program that sets a period for it. */
    public int creditMonthsFor(LocalDate day) {
        if (!overdueOn(day)) {
            throw new DomainException("recovery.notOverdue", String.valueOf(id), dueDate);
        }
        if (creditMonths == null) {
            throw new DomainException("recovery.noCreditPeriod", programCode);
        }
        return creditMonths;
    }

    /** Principal not yet paid back: what this order still claims of the award's paid money. */
    public long outstandingPrincipalFen() {
        return status == OrderStatus.SETTLED ? 0 : principalFen - principalPaidFen;
    }

    public Long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public long organisationId() {
        return organisationId;
    }

    public String programCode() {
        return programCode;
    }

    public Money principal() {
        return Money.ofFen(principalFen);
    }

    public Money principalPaid() {
        return Money.ofFen(principalPaidFen);
    }

    public Money interestPaid() {
        return Money.ofFen(interestPaidFen);
    }

    public RecoveryReason reason() {
        return reason;
    }

    public String reasonText() {
        return reasonText;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public BigDecimal annualRate() {
        return annualRate;
    }

    public Integer creditMonths() {
        return creditMonths;
    }

    public OrderStatus status() {
        return status;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public LocalDate settledOn() {
        return settledOn;
    }

    public long rowVersion() {
        return rowVersion;
    }
}
