package cn.kaifeng.tfs.casefile.domain;

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

/**
 * One step in an application's timeline: what happened, when, by whom, and for a step of the life cycle from which
 * state to which. The kind is the step's name ({@link Move}), or {@link #CREATED} or {@link #RESCORED}. Never
 * changed once written.
 */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    public static final String CREATED = "CREATED";
    /** A reviewer re-scored the application under a newer program version; the note says from what to what. */
    public static final String RESCORED = "RESCORED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_event_seq")
    @SequenceGenerator(name = "application_event_seq", sequenceName = "application_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 32)
    private String actor;

    @Column(nullable = false, length = 30)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 30)
    private ApplicationStatus toStatus;

    @Column(length = 2000)
    private String note;

    protected ApplicationEvent() {
        // for JPA
    }

    private ApplicationEvent(
            Long applicationId,
            String kind,
            ApplicationStatus from,
            ApplicationStatus to,
            String actor,
            Instant at,
            String note) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.at = at;
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 1999) + "…";
    }

    public static ApplicationEvent created(Long applicationId, String actor, Instant at) {
        return new ApplicationEvent(applicationId, CREATED, null, ApplicationStatus.DRAFT, actor, at, null);
    }

    public static ApplicationEvent rescored(Long applicationId, String actor, Instant at, String note) {
        return new ApplicationEvent(applicationId, RESCORED, null, null, actor, at, note);
    }

    public static ApplicationEvent moved(
            Long applicationId,
            Move move,
            ApplicationStatus from,
            ApplicationStatus to,
            String actor,
            Instant at,
            String note) {
        return new ApplicationEvent(applicationId, move.name(), from, to, actor, at, note);
    }

    public Long applicationId() {
        return applicationId;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String kind() {
        return kind;
    }

    public ApplicationStatus fromStatus() {
        return fromStatus;
    }

    public ApplicationStatus toStatus() {
        return toStatus;
    }

    public String note() {
        return note;
    }
}
