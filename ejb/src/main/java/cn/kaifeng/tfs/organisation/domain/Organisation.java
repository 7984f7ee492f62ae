package cn.kaifeng.tfs.organisation.domain;

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

/**
 * An organisation known to the platform. The profile details an applicant fills in (tier, fields, finances,
 * team members) belong to the applicant feature; this is the identity every feature refers to.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_MAX = 100;
    public static final int LEGAL_REPRESENTATIVE_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "credit_code", length = UnifiedSocialCreditCode.LENGTH, unique = true)
    private UnifiedSocialCreditCode creditCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "identity_status", nullable = false, length = 20)
    private IdentityStatus identityStatus;

    /** When the credit code was proven; queries banks made about the code before are not this organisation's. */
    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "legal_representative", length = LEGAL_REPRESENTATIVE_MAX)
    private String legalRepresentative;

    @Column(name = "registered_by", length = 32)
    private String registeredBy;

    @Version
    private long version;

    protected Organisation() {
        // for JPA
    }

    /**
     * An organisation whose code a trusted party gives (an administrator creating a bank or the bureau, the demo
     * data): verified from the start.
     */
    public Organisation(OrganisationKind kind, String name, UnifiedSocialCreditCode creditCode, Instant createdAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = requireName(name);
        if (kind.creditCodeRequired() && creditCode == null) {
            throw new DomainException("organisation.creditCodeRequired");
        }
        this.creditCode = creditCode;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.identityStatus = creditCode == null ? IdentityStatus.NO_CODE : IdentityStatus.VERIFIED;
        this.verifiedAt = creditCode == null ? null : createdAt;
    }

    /**
     * An organisation registering itself. If it claims a credit code (an enterprise always does) it holds none
     * until the claim is verified; the claim keeps the code meanwhile.
     */
    public static Organisation registered(
            OrganisationKind kind,
            String name,
            boolean claimsCode,
            String legalRepresentative,
            String registeredBy,
            Instant createdAt) {
        if (Objects.requireNonNull(kind, "kind").creditCodeRequired() && !claimsCode) {
            throw new DomainException("organisation.creditCodeRequired");
        }
        Organisation organisation = new Organisation();
        organisation.kind = kind;
        organisation.name = requireName(name);
        organisation.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        organisation.identityStatus = claimsCode ? IdentityStatus.CLAIMED : IdentityStatus.NO_CODE;
        organisation.legalRepresentative = claimsCode ? requireLegalRepresentative(legalRepresentative) : null;
        organisation.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
        return organisation;
    }

    public static String requireLegalRepresentative(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new DomainException("organisation.legalRepresentativeRequired");
        }
        if (n.length() > LEGAL_REPRESENTATIVE_MAX) {
            throw new DomainException("organisation.legalRepresentativeTooLong", LEGAL_REPRESENTATIVE_MAX);
        }
        return n;
    }

    /** The claimed code is proven: from now on the organisation holds it and may act as the enterprise. */
    public void verify(UnifiedSocialCreditCode code, String legalRepresentative, Instant at) {
        if (identityStatus != IdentityStatus.CLAIMED) {
            throw new DomainException("verification.notClaimed");
        }
        this.creditCode = Objects.requireNonNull(code, "code");
        this.legalRepresentative = requireLegalRepresentative(legalRepresentative);
        this.identityStatus = IdentityStatus.VERIFIED;
        this.verifiedAt = Objects.requireNonNull(at, "at");
    }

    /** Refuses, with a message the user can act on, while the organisation's identity is not proven. */
    public void requireIdentityProven() {
        if (!identityStatus.proven()) {
            throw new DomainException("verification.required");
        }
    }

    private static String requireName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new DomainException("organisation.nameRequired");
        }
        if (n.length() > NAME_MAX) {
            throw new DomainException("organisation.nameTooLong", NAME_MAX);
        }
        return n;
    }

    public Long id() {
        return id;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /**
     * The proven credit code: null for a talent team that has no registered entity of its own, and for an
     * organisation whose claimed code is not verified yet.
     */
    public UnifiedSocialCreditCode creditCode() {
        return creditCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public IdentityStatus identityStatus() {
        return identityStatus;
    }

    /** Null unless {@link IdentityStatus#VERIFIED}. */
    public Instant verifiedAt() {
        return verifiedAt;
    }

    public String legalRepresentative() {
        return legalRepresentative;
    }

    /** The username that registered the organisation; null for one an administrator created. */
    public String registeredBy() {
        return registeredBy;
    }
}
