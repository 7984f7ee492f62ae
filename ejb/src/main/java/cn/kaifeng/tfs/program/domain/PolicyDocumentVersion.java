package cn.kaifeng.tfs.program.domain;

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
 * A policy document version as stored: the file's exact content and hash. The parsed {@link PolicyDocument} is
 * always derived from this content, so every node of a cluster cites the same text.
 */
@Entity
@Table(name = "policy_document_version")
public class PolicyDocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_document_version_seq")
    @SequenceGenerator(
            name = "policy_document_version_seq",
            sequenceName = "policy_document_version_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "document_id", nullable = false, length = 40)
    private String documentId;

    @Column(nullable = false)
    private int version;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProgramVersion.Origin origin;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "loaded_by", nullable = false, length = 32)
    private String loadedBy;

    protected PolicyDocumentVersion() {
        // for JPA
    }

    public PolicyDocumentVersion(
            PolicyDocument document,
            String content,
            String fileName,
            ProgramVersion.Origin origin,
            String by,
            Instant at) {
        this.documentId = document.id();
        this.version = document.version();
        this.contentHash = Objects.requireNonNull(document.contentHash());
        this.content = content;
        this.fileName = fileName;
        this.origin = origin;
        this.loadedAt = at;
        this.loadedBy = by;
    }

    public Long id() {
        return id;
    }

    public String documentId() {
        return documentId;
    }

    public int version() {
        return version;
    }

    public String contentHash() {
        return contentHash;
    }

    public String content() {
        return content;
    }

    public String fileName() {
        return fileName;
    }

    public ProgramVersion.Origin origin() {
        return origin;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public String loadedBy() {
        return loadedBy;
    }
}
