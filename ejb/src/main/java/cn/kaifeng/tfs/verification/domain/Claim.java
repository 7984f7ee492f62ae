package cn.kaifeng.tfs.verification.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
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
import java.util.Set;

/**
 * One organisation's claim to a credit code, with the legal representative it names and who registered it. The
 * organisation holds the code only once the claim is verified; until then the code is here.
 */
@Entity
@Table(name = "organisation_claim")
public class Claim {

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_claim_seq")
    @SequenceGenerator(name = "organisation_claim_seq", sequenceName = "organisation_claim_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, unique = true)
    private Long organisationId;

    @Column(name = "credit_code", nullable = false, length = UnifiedSocialCreditCode.LENGTH)
    private UnifiedSocialCreditCode creditCode;

    @Column(name = "legal_representative", nullable = false, length = 50)
    private String legalRepresentative;

    @Column(name = "registered_by", nullable = false, length = 32)
    private String registeredBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 32)
    private String decidedBy;

    @Column(length = REASON_MAX)
    private String reason;

    @Version
    private long version;

    protected Claim() {
        // for JPA
    }

    public Claim(
            Long organisationId,
            UnifiedSocialCreditCode creditCode,
            String legalRepresentative,
            String registeredBy,
            Instant createdAt) {
        this.organisationId = Objects.requireNonNull(organisationId);
        this.creditCode = Objects.requireNonNull(creditCode);
        this.legalRepresentative = Objects.requireNonNull(legalRepresentative);
        this.registeredBy = Objects.requireNonNull(registeredBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = ClaimStatus.AWAITING_DOCUMENTS;
    }

    /** Documents can be replaced only while the claim is with the claimant. */
    public void requireChangeable() {
        if (!status.claimantMayChange()) {
            throw new DomainException("verification.notChangeable");
        }
    }

    /** Sends the claim to the bureau; {@code documents} are the kinds currently uploaded. */
    public void submit(Set<DocumentKind> documents, Instant now) {
        requireChangeable();
        if (!documents.containsAll(Set.of(DocumentKind.values()))) {
            throw new DomainException("verification.documentsMissing");
        }
        status = ClaimStatus.SUBMITTED;
        submittedAt = Objects.requireNonNull(now);
        reason = null;
    }

    public void verify(String by, Instant now) {
        requireSubmitted();
        status = ClaimStatus.VERIFIED;
        decidedBy = Objects.requireNonNull(by);
        decidedAt = Objects.requireNonNull(now);
        reason = null;
    }

    public void reject(String by, String reason, Instant now) {
        requireSubmitted();
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new DomainException("verification.reasonRequired");
        }
        if (r.length() > REASON_MAX) {
            throw new DomainException("verification.reasonTooLong", REASON_MAX);
        }
        status = ClaimStatus.REJECTED;
        decidedBy = Objects.requireNonNull(by);
        decidedAt = Objects.requireNonNull(now);
        this.reason = r;
    }

    private void requireSubmitted() {
        if (status != ClaimStatus.SUBMITTED) {
            throw new DomainException("verification.notSubmitted");
        }
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public UnifiedSocialCreditCode creditCode() {
        return creditCode;
    }

    public String legalRepresentative() {
        return legalRepresentative;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public ClaimStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    /** Why the bureau rejected it; null otherwise. */
    public String reason() {
        return reason;
    }

    public long version() {
        return version;
    }
}
