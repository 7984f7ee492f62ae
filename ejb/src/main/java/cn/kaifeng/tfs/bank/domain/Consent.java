package cn.kaifeng.tfs.bank.domain;

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
 * 授权: an enterprise lets one bank check its eligibility, until a day (inclusive) or until it revokes the
 * authorisation. Without one in force a bank learns nothing about the enterprise (个人信息保护法 and 数据安全法:
 * no processing without a purpose the data's owner agreed to). A revoked authorisation stays on record.
 */
@Entity
@Table(name = "bank_consent")
public class Consent {

    /** The longest an authorisation may run: three years, after which the enterprise renews it. */
    public static final int MAX_MONTHS = 36;

    public enum State {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_consent_seq")
    @SequenceGenerator(name = "bank_consent_seq", sequenceName = "bank_consent_seq", allocationSize = 50)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "bank_id", nullable = false)
    private Long bankId;

    @Column(name = "granted_by", nullable = false, length = 32)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "revoked_by", length = 32)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected Consent() {
        // for JPA
    }

    public Consent(long enterpriseId, long bankId, LocalDate expiresOn, String by, Instant now, LocalDate today) {
        if (expiresOn == null) {
            throw new DomainException("bank.consent.expiryRequired");
        }
        if (expiresOn.isBefore(today)) {
            throw new DomainException("bank.consent.expiryPast");
        }
        if (expiresOn.isAfter(today.plusMonths(MAX_MONTHS))) {
            throw new DomainException("bank.consent.expiryTooFar", MAX_MONTHS);
        }
        this.enterpriseId = enterpriseId;
        this.bankId = bankId;
        this.expiresOn = expiresOn;
        this.grantedBy = Objects.requireNonNull(by);
        this.grantedAt = Objects.requireNonNull(now);
    }

    public State state(LocalDate today) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return today.isAfter(expiresOn) ? State.EXPIRED : State.ACTIVE;
    }

    public boolean inForceOn(LocalDate day) {
        return state(day) == State.ACTIVE;
    }

    public void revoke(String by, Instant now) {
        if (revokedAt != null) {
            throw new DomainException("bank.consent.alreadyRevoked");
        }
        this.revokedBy = by;
        this.revokedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long enterpriseId() {
        return enterpriseId;
    }

    public Long bankId() {
        return bankId;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
