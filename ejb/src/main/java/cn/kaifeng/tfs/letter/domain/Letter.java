package cn.kaifeng.tfs.letter.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An issued letter: its number and verification code, what verification may tell anyone (organisation, program,
 * decision, amount), the SHA-256 of the signed file, and its revocation if it was revoked. Never changed after
 * issue except to be revoked.
 */
@Entity
@Table(name = "letter")
public class Letter {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_seq")
    @SequenceGenerator(name = "letter_seq", sequenceName = "letter_seq", allocationSize = 50)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LetterKind kind;

    @Column(nullable = false, length = 40, unique = true)
    private String number;

    @Column(name = "verification_code", nullable = false, length = 14, unique = true)
    private String verificationCode;

    @Column(name = "organisation_name", nullable = false, length = 200)
    private String organisationName;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    @Column(name = "program_name", nullable = false, length = 200)
    private String programName;

    @Column(precision = 15, scale = 2)
    private Money amount;

    @Column(name = "issued_by", nullable = false, length = 32)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(nullable = false, length = 64, unique = true)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    /** The bulk issuing round it was issued in; null when issued one by one. */
    @Column(name = "round_id")
    private Long roundId;

    @Column(name = "revoked_by", length = 32)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    protected Letter() {
        // for JPA
    }

    public Letter(
            Long applicationId,
            LetterKind kind,
            String number,
            String verificationCode,
            String organisationName,
            String programCode,
            String programName,
            Money amount,
            String issuedBy,
            Instant issuedAt,
            String sha256,
            int sizeBytes,
            Long roundId) {
        this.applicationId = Objects.requireNonNull(applicationId);
        this.kind = Objects.requireNonNull(kind);
        this.number = Objects.requireNonNull(number);
        this.verificationCode = Objects.requireNonNull(verificationCode);
        this.organisationName = Objects.requireNonNull(organisationName);
        this.programCode = Objects.requireNonNull(programCode);
        this.programName = Objects.requireNonNull(programName);
        this.amount = amount;
        this.issuedBy = Objects.requireNonNull(issuedBy);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.sha256 = Objects.requireNonNull(sha256);
        this.sizeBytes = sizeBytes;
        this.roundId = roundId;
    }

    /** Revokes the letter: verification says so from now on. A reason is required and a letter is revoked once. */
    public void revoke(String reviewer, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("review.reasonRequired");
        }
        if (revoked()) {
            throw new DomainException("letter.alreadyRevoked");
        }
        this.revokedBy = reviewer;
        this.revokedAt = now;
        this.revocationReason = reason.strip();
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public LetterKind kind() {
        return kind;
    }

    public String number() {
        return number;
    }

    public String verificationCode() {
        return verificationCode;
    }

    public String organisationName() {
        return organisationName;
    }

    public String programCode() {
        return programCode;
    }

    public String programName() {
        return programName;
    }

    public Money amount() {
        return amount;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String sha256() {
        return sha256;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public Long roundId() {
        return roundId;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revocationReason() {
        return revocationReason;
    }

    /** The file name a download gets: the number, which is what people file letters by. */
    public String fileName() {
        return number + ".pdf";
    }
}
