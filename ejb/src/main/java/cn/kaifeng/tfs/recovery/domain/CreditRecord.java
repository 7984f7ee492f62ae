package cn.kaifeng.tfs.recovery.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A 失信 record: an organisation that left a recovery order unpaid past its due date, recorded by a reviewer's
 * decision with a reason, for the program's number of months. While in force, no program accepts an application
 * from the organisation. It ends by itself after its last day ({@link CreditStatus#EXPIRED}), or earlier when a
 * reviewer lifts it with a reason.
 */
@Entity
@Table(name = "credit_record")
public class CreditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credit_record_seq")
    @SequenceGenerator(name = "credit_record_seq", sequenceName = "credit_record_seq", allocationSize = 1)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    /** The last day in force (inclusive). */
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "recorded_by", nullable = false, length = 32)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "lifted_by", length = 32)
    private String liftedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lift_reason", length = 2000)
    private String liftReason;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected CreditRecord() {
        // for JPA
    }

    /** In force from {@code startsOn} for {@code months} months: to the day before the same date months later. */
    public CreditRecord(
            long organisationId,
            long orderId,
            String reason,
            LocalDate startsOn,
            int months,
            String recordedBy,
            Instant recordedAt) {
        if (months < 1) {
            throw new IllegalArgumentException("a period of at least a month");
        }
        this.organisationId = organisationId;
        this.orderId = orderId;
        this.reason = Texts.reason(reason);
        this.startsOn = Objects.requireNonNull(startsOn);
        this.endsOn = startsOn.plusMonths(months).minusDays(1);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public CreditStatus statusOn(LocalDate day) {
        if (liftedAt != null) {
            return CreditStatus.LIFTED;
        }
        return day.isAfter(endsOn) ? CreditStatus.EXPIRED : CreditStatus.ACTIVE;
    }

    public boolean inForceOn(LocalDate day) {
        return statusOn(day) == CreditStatus.ACTIVE && !day.isBefore(startsOn);
    }

    /** A reviewer lifts the record, with a reason; refused once it is lifted or expired. */
    public void lift(String by, String why, LocalDate day, Instant at) {
        if (statusOn(day) != CreditStatus.ACTIVE) {
            throw new DomainException("credit.notInForce", String.valueOf(id));
        }
        this.liftReason = Texts.reason(why);
        this.liftedBy = by;
        this.liftedAt = at;
    }

    public Long id() {
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public long orderId() {
        return orderId;
    }

    public String reason() {
        return reason;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String liftedBy() {
        return liftedBy;
    }

    public Instant liftedAt() {
        return liftedAt;
    }

    public String liftReason() {
        return liftReason;
    }

    public long rowVersion() {
        return rowVersion;
    }
}
