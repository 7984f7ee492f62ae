package cn.kaifeng.tfs.notification.domain;

import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
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
 * "Your application moved": one per status change, addressed to the applicant organisation (every applicant
 * account of it sees it). The text is made when shown, in the reader's language, from the step and the new status.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    /** Null for a notice about the organisation itself. */
    @Column(name = "application_id")
    private Long applicationId;

    /** The step taken ({@link cn.kaifeng.tfs.casefile.domain.Move}'s name). */
    @Column(nullable = false, length = 30)
    private String kind;

    /** The application's new status; null for a notice about the organisation. */
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ApplicationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** What a notice about the organisation is about: a program's code for a match; null otherwise. */
    @Column(length = 40)
    private String subject;

    protected Notification() {
        // for JPA
    }

    public Notification(
            Long organisationId, Long applicationId, String kind, ApplicationStatus status, Instant createdAt) {
        this.organisationId = Objects.requireNonNull(organisationId);
        this.applicationId = Objects.requireNonNull(applicationId);
        this.kind = Objects.requireNonNull(kind);
        this.status = Objects.requireNonNull(status);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * A notice about the organisation itself, not one of its applications ({@code kind} e.g. the decision on its
     * claim to a credit code).
     */
    public static Notification aboutOrganisation(Long organisationId, String kind, Instant createdAt) {
        Notification n = new Notification();
        n.organisationId = Objects.requireNonNull(organisationId);
        n.kind = Objects.requireNonNull(kind);
        n.createdAt = Objects.requireNonNull(createdAt);
        return n;
    }

    /** A notice to the organisation about a program ({@code kind} e.g. a match with it, or a proposal of support). */
    public static Notification aboutProgram(Long organisationId, String kind, String programCode, Instant createdAt) {
        Notification n = aboutOrganisation(organisationId, kind, createdAt);
        n.subject = Objects.requireNonNull(programCode);
        return n;
    }

    /**
     * A notice about one application that is not a status change ({@code kind} e.g. a progress report falling due):
     * it has no status.
     */
    public static Notification aboutReport(Long organisationId, Long applicationId, String kind, Instant createdAt) {
        Notification n = aboutOrganisation(organisationId, kind, createdAt);
        n.applicationId = Objects.requireNonNull(applicationId);
        return n;
    }

    /** The program code a notice about a program names; null for the others. */
    public String subject() {
        return subject;
    }

    /** Whether it is about one application (else about the organisation). */
    public boolean aboutApplication() {
        return applicationId != null;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public String kind() {
        return kind;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean read() {
        return readAt != null;
    }
}
