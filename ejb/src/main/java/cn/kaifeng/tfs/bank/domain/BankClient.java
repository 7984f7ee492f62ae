package cn.kaifeng.tfs.bank.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A bank system allowed to call the API, until an administrator revokes it. */
@Entity
@Table(name = "bank_client")
public class BankClient {

    public static final int LABEL_MAX = 100;
    public static final int DEFAULT_PER_MINUTE = 600;
    public static final int MAX_PER_MINUTE = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_client_seq")
    @SequenceGenerator(name = "bank_client_seq", sequenceName = "bank_client_seq", allocationSize = 50)
    private Long id;

    @Column(name = "bank_id", nullable = false)
    private Long bankId;

    @Column(name = "client_id", nullable = false, length = 32, unique = true)
    private String clientId;

    @Column(name = "secret_sha256", nullable = false, length = 64)
    private String secretSha256;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "requests_per_minute", nullable = false)
    private int requestsPerMinute;

    @Column(name = "issued_by", nullable = false, length = 32)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_by", length = 32)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected BankClient() {
        // for JPA
    }

    public BankClient(
            long bankId,
            ClientCredentials.Issued credentials,
            String label,
            int requestsPerMinute,
            String issuedBy,
            Instant issuedAt) {
        String l = label == null ? "" : label.strip();
        if (l.isEmpty()) {
            throw new DomainException("bank.client.labelRequired");
        }
        if (l.length() > LABEL_MAX) {
            throw new DomainException("bank.client.labelTooLong", LABEL_MAX);
        }
        if (requestsPerMinute < 1 || requestsPerMinute > MAX_PER_MINUTE) {
            throw new DomainException("bank.client.badRate", MAX_PER_MINUTE);
        }
        this.bankId = bankId;
        this.clientId = credentials.clientId();
        this.secretSha256 = ClientCredentials.hash(credentials.secret());
        this.label = l;
        this.requestsPerMinute = requestsPerMinute;
        this.issuedBy = Objects.requireNonNull(issuedBy);
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    public void revoke(String by, Instant now) {
        if (revokedAt != null) {
            throw new DomainException("bank.client.alreadyRevoked");
        }
        this.revokedBy = by;
        this.revokedAt = now;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public Long id() {
        return id;
    }

    public Long bankId() {
        return bankId;
    }

    public String clientId() {
        return clientId;
    }

    public String label() {
        return label;
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
