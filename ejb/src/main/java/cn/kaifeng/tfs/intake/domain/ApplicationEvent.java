package cn.kaifeng.tfs.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in an application's timeline: what happened, when, by whom. Never changed once written. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    public enum Kind {
        CREATED,
        SUBMITTED,
        WITHDRAWN,
        /** A reviewer re-scored the application under a newer program version; the note says from what to what. */
        RESCORED
    }

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
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(length = 2000)
    private String note;

    protected ApplicationEvent() {
        // for JPA
    }

    public ApplicationEvent(Long applicationId, Kind kind, String actor, Instant at, String note) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.actor = actor;
        this.at = at;
        this.note = note;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public Kind kind() {
        return kind;
    }

    public String note() {
        return note;
    }
}
