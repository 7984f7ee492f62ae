package cn.kaifeng.tfs.verification.domain;

import cn.kaifeng.tfs.attachment.domain.FileKind;
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
 * One document of a claim, its bytes kept in the attachment store under a server-made key and checked against
 * {@link #sha256()} whenever read. Replacing it supersedes it; a decision stays traceable to what it was made on.
 */
@Entity
@Table(name = "claim_document")
public class ClaimDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_document_seq")
    @SequenceGenerator(name = "claim_document_seq", sequenceName = "claim_document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = 500)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_kind", nullable = false, length = 10)
    private FileKind fileKind;

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

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected ClaimDocument() {
        // for JPA
    }

    public ClaimDocument(
            Long claimId,
            DocumentKind kind,
            String fileName,
            FileKind fileKind,
            long sizeBytes,
            String sha256,
            String storageKey,
            String uploadedBy,
            Instant uploadedAt) {
        this.claimId = Objects.requireNonNull(claimId);
        this.kind = Objects.requireNonNull(kind);
        this.fileName = Objects.requireNonNull(fileName);
        this.fileKind = Objects.requireNonNull(fileKind);
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.storageKey = Objects.requireNonNull(storageKey);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public void supersede(Instant now) {
        supersededAt = now;
    }

    public Long id() {
        return id;
    }

    public Long claimId() {
        return claimId;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public FileKind fileKind() {
        return fileKind;
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
