package cn.kaifeng.tfs.attachment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * A file kept in the attachment store, as every record that owns one describes it: the name shown (made safe), the
 * kind recognised by content, the size, the SHA-256 checked whenever the bytes are read back, the server-made key
 * they are kept under, and who uploaded them when.
 */
@Embeddable
public class StoredFile {

    @Column(name = "file_name", nullable = false, length = 500)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private FileKind kind;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 100, unique = true)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 32)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected StoredFile() {
        // for JPA
    }

    public StoredFile(
            String fileName,
            FileKind kind,
            long sizeBytes,
            String sha256,
            String storageKey,
            String uploadedBy,
            Instant uploadedAt) {
        this.fileName = Objects.requireNonNull(fileName);
        this.kind = Objects.requireNonNull(kind);
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.storageKey = Objects.requireNonNull(storageKey);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
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
