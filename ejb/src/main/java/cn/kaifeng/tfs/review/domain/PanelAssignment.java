package cn.kaifeng.tfs.review.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
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
public class PanelAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "panel_assignment_seq")
    @SequenceGenerator(name = "panel_assignment_seq", sequenceName = "panel_assignment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(nullable = false, length = 32)
    private String expert;

    @Column(name = "panel_lead", nullable = false)
    private boolean lead;

    @Column(name = "assigned_by", nullable = false, length = 32)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "conflict_flags", length = 200)
    private String conflictFlags;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "declared_conflict")
    private Boolean declaredConflict;

    @Column(name = "declaration_note", length = 1000)
    private String declarationNote;

    /** JSON: expert criterion code to points. */
    @Column(length = 4000)
    private String scores;

    @Column(name = "score_comment", length = 2000)
    private String comment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

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
        this.applicationId = Objects.requireNonNull(applicationId);
        this.expert = Objects.requireNonNull(expert);
        this.lead = lead;
        this.conflictFlags = flags.isEmpty()
                ? null
                : String.join(",", flags.stream().map(Enum::name).toList());
        this.assignedBy = Objects.requireNonNull(assignedBy);
        this.assignedAt = Objects.requireNonNull(assignedAt);
    }

    /** The expert's declaration, once: with a conflict they step back from this application. */
    public void declare(boolean conflict, String note, Instant now) {
        this.declarationNote = ConflictDeclaration.check(declaredAt != null, conflict, note);
        this.declaredConflict = conflict;
        this.declaredAt = now;
    }

    /** Declared no conflict, and the system found none either: may see the application and score it. */
    public boolean cleared() {
        return ConflictDeclaration.cleared(declaredAt, declaredConflict, conflictFlags);
    }

    public void submit(String scoresJson, String comment, Instant now) {
        if (!cleared()) {
            throw new DomainException("panel.notCleared");
        }
        if (submittedAt != null) {
            throw new DomainException("panel.alreadySubmitted");
        }
        this.scores = Objects.requireNonNull(scoresJson);
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.submittedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public String expert() {
        return expert;
    }

    public boolean lead() {
        return lead;
    }

    public List<ConflictCheck.Flag> conflictFlags() {
        return conflictFlags == null
                ? List.of()
                : java.util.Arrays.stream(conflictFlags.split(","))
                        .map(ConflictCheck.Flag::valueOf)
                        .toList();
    }

    public boolean declared() {
        return declaredAt != null;
    }

    public boolean declaredConflict() {
        return Boolean.TRUE.equals(declaredConflict);
    }

    public String declarationNote() {
        return declarationNote;
    }

    public String scores() {
        return scores;
    }

    public String comment() {
        return comment;
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
