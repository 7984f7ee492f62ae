package cn.kaifeng.tfs.casefile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A submitted version of an application as it was when a reviewer returned it for revision: its form values, the
 * ids of its attachments, and the reasons given. The applicant then edits the application itself; this stays.
 */
@Entity
@Table(name = "application_revision")
public class ApplicationRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_revision_seq")
    @SequenceGenerator(
            name = "application_revision_seq",
            sequenceName = "application_revision_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "form_values", nullable = false, length = 1_000_000)
    private String formValues;

    /** JSON array of attachment ids. */
    @Column(name = "attachment_ids", nullable = false, length = 4000)
    private String attachmentIds;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "returned_at", nullable = false)
    private Instant returnedAt;

    @Column(name = "returned_by", nullable = false, length = 32)
    private String returnedBy;

    /** JSON object: checklist item (a file field's code, or "general") to the reviewer's reason. */
    @Column(nullable = false, length = 20_000)
    private String reasons;

    protected ApplicationRevision() {
        // for JPA
    }

    public ApplicationRevision(
            Application application, String attachmentIds, String reasons, String returnedBy, Instant returnedAt) {
        this.applicationId = application.id();
        this.revision = application.revision();
        this.formValues = application.formValues();
        this.submittedAt = Objects.requireNonNull(application.submittedAt());
        this.attachmentIds = Objects.requireNonNull(attachmentIds);
        this.reasons = Objects.requireNonNull(reasons);
        this.returnedBy = Objects.requireNonNull(returnedBy);
        this.returnedAt = Objects.requireNonNull(returnedAt);
    }

    public Long applicationId() {
        return applicationId;
    }

    public int revision() {
        return revision;
    }

    public String formValues() {
        return formValues;
    }

    public String attachmentIds() {
        return attachmentIds;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant returnedAt() {
        return returnedAt;
    }

    public String returnedBy() {
        return returnedBy;
    }

    public String reasons() {
        return reasons;
    }
}
