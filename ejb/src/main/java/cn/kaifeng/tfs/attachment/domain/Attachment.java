package cn.kaifeng.tfs.attachment.domain;

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
 * One accepted file of one file field of an application. The bytes live in the attachment store under
 * {@link #storageKey()}, a name the server made up; {@link #sha256()} is checked every time they are read back.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "field_code", nullable = false, length = 60)
    private String fieldCode;

    @Column(name = "file_name", nullable = false, length = 500)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FileKind kind;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 100, unique = true)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 32)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** When a revision replaced it; null while it is part of the application as it stands. */
    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected Attachment() {
        // for JPA
    }

    public Attachment(
            Long applicationId,
            String fieldCode,
            String fileName,
            FileKind kind,
            long sizeBytes,
            String sha256,
            String storageKey,
            String uploadedBy,
            Instant uploadedAt) {
        this.applicationId = Objects.requireNonNull(applicationId);
        this.fieldCode = Objects.requireNonNull(fieldCode);
        this.fileName = Objects.requireNonNull(fileName);
        this.kind = Objects.requireNonNull(kind);
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.storageKey = Objects.requireNonNull(storageKey);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    /** Taken out of the application during a revision, but kept: an earlier submitted version refers to it. */
    public void supersede(Instant now) {
        this.supersededAt = now;
    }

    public boolean superseded() {
        return supersededAt != null;
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public String fieldCode() {
        return fieldCode;
    }

    public String fileName() {
        return fileName;
    }

    public FileKind kind() {
        return kind;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
