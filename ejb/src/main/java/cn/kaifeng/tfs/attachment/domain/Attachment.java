package cn.kaifeng.tfs.attachment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One accepted file of one file field of an application; the file itself is described by {@link StoredFile}.
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

    @Embedded
    private StoredFile file;

    /** When a revision replaced it; null while it is part of the application as it stands. */
    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected Attachment() {
        // for JPA
    }

    public Attachment(Long applicationId, String fieldCode, StoredFile file) {
        this.applicationId = Objects.requireNonNull(applicationId);
        this.fieldCode = Objects.requireNonNull(fieldCode);
        this.file = Objects.requireNonNull(file);
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

    public StoredFile file() {
        return file;
    }

    public String fieldCode() {
        return fieldCode;
    }

    public String fileName() {
        return file.fileName();
    }

    public FileKind kind() {
        return file.kind();
    }

    public long sizeBytes() {
        return file.sizeBytes();
    }

    public String sha256() {
        return file.sha256();
    }

    public String storageKey() {
        return file.storageKey();
    }

    public String uploadedBy() {
        return file.uploadedBy();
    }

    public Instant uploadedAt() {
        return file.uploadedAt();
    }
}
