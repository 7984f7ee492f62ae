package cn.kaifeng.tfs.payment.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An organisation's bank account for the support it receives (收款账户): the account's name (户名), the bank and
 * branch (开户行) and the number, stored encrypted. One per organisation; a change replaces it for the payments
 * filed afterwards, while a payment already in a file keeps the account it was filed with.
 */
@Entity
@Table(name = "payee_account")
public class PayeeAccount {

    public static final int MAX_NAME = 100;

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "holder_name", nullable = false, length = MAX_NAME)
    private String holderName;

    @Column(name = "bank_name", nullable = false, length = MAX_NAME)
    private String bankName;

    @Column(name = "account_number", nullable = false, length = 400)
    private AccountNumber number;

    @Column(name = "changed_by", nullable = false, length = 50)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected PayeeAccount() {
        // for JPA
    }

    public PayeeAccount(
            long organisationId, String holderName, String bankName, AccountNumber number, String by, Instant at) {
        this.organisationId = organisationId;
        change(holderName, bankName, number, by, at);
    }

    public void change(String holderName, String bankName, AccountNumber number, String by, Instant at) {
        this.holderName = name(holderName, "payee.holderRequired");
        this.bankName = name(bankName, "payee.bankRequired");
        if (number == null) {
            throw new DomainException("payee.numberFormat");
        }
        this.number = number;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** A name as printed in the treasury file: 2 to 100 characters, none of which could break a line or a cell. */
    static String name(String text, String key) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() < 2
                || stripped.length() > MAX_NAME
                || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new DomainException(key);
        }
        return stripped;
    }

    /** What the pages and the audit trail show. */
    public String describe() {
        return holderName + " / " + bankName + " / " + number.masked();
    }

    public Long organisationId() {
        return organisationId;
    }

    public String holderName() {
        return holderName;
    }

    public String bankName() {
        return bankName;
    }

    public AccountNumber number() {
        return number;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
