package cn.kaifeng.tfs.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One expert on one application's panel. The expert first declares whether they have a conflict of interest;
 * only an expert who declared none, and in whom the system found none, sees the application and scores it, once.
 */
@Entity
@Table(name = "panel_assignment")
public class PanelAssignment extends PanelSeat {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "panel_assignment_seq")
    @SequenceGenerator(name = "panel_assignment_seq", sequenceName = "panel_assignment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "panel_lead", nullable = false)
    private boolean lead;

    /** JSON: expert criterion code to points. */
    @Column(length = 4000)
    private String scores;

    @Version
    private long version;

    protected PanelAssignment() {
        // for JPA
    }

    public PanelAssignment(
            Long applicationId,
            String expert,
            boolean lead,
            List<ConflictCheck.Flag> flags,
            String assignedBy,
            Instant assignedAt) {
        super(expert, flags, assignedBy, assignedAt);
        this.applicationId = Objects.requireNonNull(applicationId);
        this.lead = lead;
    }

    public void submit(String scoresJson, String comment, Instant now) {
        requireMayScore();
        this.scores = Objects.requireNonNull(scoresJson);
        scored(comment, now);
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public boolean lead() {
        return lead;
    }

    public String scores() {
        return scores;
    }
}
