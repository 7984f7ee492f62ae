package cn.kaifeng.tfs.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reviewer an administrator allowed to give the finance approval of payments (财务审批). A permission on top of the
 * REVIEWER role rather than a sixth role: see docs/security.md, "Payments".
 */
@Entity
@Table(name = "finance_officer")
public class FinanceOfficer {

    @Id
    @Column(name = "username", length = 32)
    private String username;

    @Column(name = "granted_by", nullable = false, length = 32)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected FinanceOfficer() {
        // for JPA
    }

    public FinanceOfficer(String username, String grantedBy, Instant grantedAt) {
        this.username = username;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public String username() {
        return username;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }
}
