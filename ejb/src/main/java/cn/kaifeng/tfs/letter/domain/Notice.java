package cn.kaifeng.tfs.letter.domain;

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
import java.util.Set;

/**
 * An issued notice (拨付通知, 追回通知, 验收结论): numbered and signed like a letter and verified like one, but not a
 * decision, so it has a table of its own and no query over letters meets it. {@code sourceId} is what it is about
 * (the payment request, the recovery order, the acceptance): one notice of a kind per source. Never changed after
 * issue.
 */
@Entity
@Table(name = "notice")
public class Notice {

    /** The kinds a notice may be; the decisions and the agreement are kept elsewhere. */
    public static final Set<LetterKind> KINDS =
            Set.of(LetterKind.PAYMENT_NOTICE, LetterKind.RECOVERY_NOTICE, LetterKind.ACCEPTANCE_CONCLUSION);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private LetterKind kind;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "organisation_name", nullable = false, length = 200)
    private String organisationName;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    @Column(name = "program_name", nullable = false, length = 200)
    private String programName;

    @Column(nullable = false, length = 40, unique = true)
    private String number;

    @Column(name = "verification_code", nullable = false, length = 14, unique = true)
    private String verificationCode;

    @Column(name = "amount_fen")
    private Long amountFen;

    @Column(name = "issued_by", nullable = false, length = 32)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(nullable = false, length = 64, unique = true)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    protected Notice() {
        // for JPA
    }

    /** The facts of a notice as issued; {@code amount} is null for a notice that states none (a conclusion). */
    public record Issued(
            LetterKind kind,
            long sourceId,
            long applicationId,
            long organisationId,
            String organisationName,
            String programCode,
            String programName,
            String number,
            String verificationCode,
            Money amount,
            String issuedBy,
            Instant issuedAt,
            String sha256,
            int sizeBytes) {

        public Issued {
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("not a notice: " + kind);
            }
            Objects.requireNonNull(organisationName, "organisationName");
            Objects.requireNonNull(programCode, "programCode");
            Objects.requireNonNull(programName, "programName");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(verificationCode, "verificationCode");
            Objects.requireNonNull(issuedBy, "issuedBy");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public Notice(Issued issued) {
        this.kind = issued.kind();
        this.sourceId = issued.sourceId();
        this.applicationId = issued.applicationId();
        this.organisationId = issued.organisationId();
        this.organisationName = issued.organisationName();
        this.programCode = issued.programCode();
        this.programName = issued.programName();
        this.number = issued.number();
        this.verificationCode = issued.verificationCode();
        this.amountFen = issued.amount() == null ? null : issued.amount().fen();
        this.issuedBy = issued.issuedBy();
        this.issuedAt = issued.issuedAt();
        this.sha256 = issued.sha256();
        this.sizeBytes = issued.sizeBytes();
    }

    public Long id() {
        return id;
    }

    public LetterKind kind() {
        return kind;
    }

    public long sourceId() {
        return sourceId;
    }

    public long applicationId() {
        return applicationId;
    }

    public long organisationId() {
        return organisationId;
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

    public String number() {
        return number;
    }

    public String verificationCode() {
        return verificationCode;
    }

    public Money amount() {
        return amountFen == null ? null : Money.ofFen(amountFen);
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

    public String fileName() {
        return number + ".pdf";
    }
}
