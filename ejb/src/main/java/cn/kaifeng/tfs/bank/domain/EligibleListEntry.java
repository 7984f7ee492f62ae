package cn.kaifeng.tfs.bank.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** One enterprise on a published list, with the support its letter states, as of publication. */
@Entity
@Table(name = "eligible_list_entry")
@IdClass(EligibleListEntry.Key.class)
public class EligibleListEntry {

    /** The primary key: a letter appears once on a list. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long eligibleListId;
        private Long letterId;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && java.util.Objects.equals(k.eligibleListId, eligibleListId)
                    && java.util.Objects.equals(k.letterId, letterId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(eligibleListId, letterId);
        }
    }

    @Id
    @Column(name = "eligible_list_id")
    private Long eligibleListId;

    @Id
    @Column(name = "letter_id")
    private Long letterId;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "credit_code", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "organisation_name", nullable = false, length = 200)
    private String organisationName;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money amount;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    protected EligibleListEntry() {
        // for JPA
    }

    public EligibleListEntry(
            long eligibleListId, long enterpriseId, String creditCode, String organisationName, Support s) {
        this.eligibleListId = eligibleListId;
        this.letterId = s.letterId();
        this.enterpriseId = enterpriseId;
        this.creditCode = creditCode;
        this.organisationName = organisationName;
        this.amount = s.amount();
        this.validFrom = s.validFrom();
        this.validUntil = s.validUntil();
    }

    public Long eligibleListId() {
        return eligibleListId;
    }

    public Long letterId() {
        return letterId;
    }

    public Long enterpriseId() {
        return enterpriseId;
    }

    public String creditCode() {
        return creditCode;
    }

    public String organisationName() {
        return organisationName;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }
}
