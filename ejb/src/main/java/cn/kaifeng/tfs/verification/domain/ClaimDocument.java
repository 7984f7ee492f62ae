package cn.kaifeng.tfs.verification.domain;

import cn.kaifeng.tfs.attachment.domain.StoredFile;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * One document of a claim, its file kept in the attachment store like every attachment ({@link StoredFile}). Replacing it supersedes it; a decision stays traceable to what it was made on.
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

    @Embedded
    @AttributeOverride(name = "kind", column = @Column(name = "file_kind", nullable = false, length = 10))
    private StoredFile file;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected ClaimDocument() {
        // for JPA
    }

    public ClaimDocument(Long claimId, DocumentKind kind, StoredFile file) {
        this.claimId = Objects.requireNonNull(claimId);
        this.kind = Objects.requireNonNull(kind);
        this.file = Objects.requireNonNull(file);
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

    public StoredFile file() {
        return file;
    }
}
