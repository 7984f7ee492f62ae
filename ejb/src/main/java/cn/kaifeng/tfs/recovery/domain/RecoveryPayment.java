package cn.kaifeng.tfs.recovery.domain;

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
 * A payment received on a recovery order: the day the money arrived, the amount, and how the order split it
 * (interest first, then principal). Never changed: the principal part is what the ledger posted as RECOVERED.
 */
@Entity
@Table(name = "recovery_payment")
public class RecoveryPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_payment_seq")
    @SequenceGenerator(name = "recovery_payment_seq", sequenceName = "recovery_payment_seq", allocationSize = 1)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "interest_fen", nullable = false)
    private long interestFen;

    @Column(name = "principal_fen", nullable = false)
    private long principalFen;

    @Column(name = "recorded_by", nullable = false, length = 32)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RecoveryPayment() {
        // for JPA
    }

    RecoveryPayment(
            Long orderId,
            LocalDate paidOn,
            long amountFen,
            long interestFen,
            long principalFen,
            String recordedBy,
            Instant recordedAt) {
        this.orderId = orderId == null ? 0 : orderId;
        this.paidOn = paidOn;
        this.amountFen = amountFen;
        this.interestFen = interestFen;
        this.principalFen = principalFen;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public long amountFen() {
        return amountFen;
    }

    public Money amount() {
        return Money.ofFen(amountFen);
    }

    public Money interest() {
        return Money.ofFen(interestFen);
    }

    public Money principal() {
        return Money.ofFen(principalFen);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
