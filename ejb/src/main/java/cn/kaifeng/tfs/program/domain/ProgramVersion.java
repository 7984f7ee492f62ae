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
 * A program definition version as stored: the file's exact content and hash. The parsed
 * {@link ProgramDefinition} is always derived from this content, so every node of a cluster reads the same rules.
 */
@Entity
@Table(name = "program_version")
public class ProgramVersion {

    public enum Origin {
        FILE,
        IMPORT
    }

    public enum Status {
        DRAFT,
        PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_version_seq")
    @SequenceGenerator(name = "program_version_seq", sequenceName = "program_version_seq", allocationSize = 50)
    private Long id;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

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
    private Origin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "loaded_by", nullable = false, length = 32)
    private String loadedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 32)
    private String publishedBy;

    protected ProgramVersion() {
        // for JPA
    }

    public ProgramVersion(
            ProgramDefinition definition, String content, String fileName, Origin origin, String by, Instant at) {
        this.programCode = definition.code();
        this.version = definition.version();
        this.contentHash = Objects.requireNonNull(definition.contentHash());
        this.content = content;
        this.fileName = fileName;
        this.origin = origin;
        this.loadedAt = at;
        this.loadedBy = by;
        // shipped files are published as they are deployed; imports wait for a dry run and an explicit publish
        this.status = origin == Origin.FILE ? Status.PUBLISHED : Status.DRAFT;
        if (status == Status.PUBLISHED) {
            this.publishedAt = at;
            this.publishedBy = by;
        }
    }

    public void publish(String by, Instant at) {
        this.status = Status.PUBLISHED;
        this.publishedAt = at;
        this.publishedBy = by;
    }

    public Long id() {
        return id;
    }

    public String programCode() {
        return programCode;
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

    public Origin origin() {
        return origin;
    }

    public Status status() {
        return status;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public String loadedBy() {
        return loadedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}
