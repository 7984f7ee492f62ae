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

    @Version
    private long version;

    protected Organisation() {
        // for JPA
    }

    public Organisation(OrganisationKind kind, String name, UnifiedSocialCreditCode creditCode, Instant createdAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = requireName(name);
        if (kind.creditCodeRequired() && creditCode == null) {
            throw new DomainException("organisation.creditCodeRequired");
        }
        this.creditCode = creditCode;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
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

    /** Null only for a talent team that has no registered entity of its own. */
    public UnifiedSocialCreditCode creditCode() {
        return creditCode;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
