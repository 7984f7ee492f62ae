package cn.kaifeng.tfs.notification.domain;

import cn.kaifeng.tfs.intake.domain.ApplicationStatus;
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

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    /** The step taken ({@link cn.kaifeng.tfs.intake.domain.Move}'s name). */
    @Column(nullable = false, length = 30)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

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
