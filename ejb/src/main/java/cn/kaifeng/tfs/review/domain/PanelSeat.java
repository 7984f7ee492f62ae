package cn.kaifeng.tfs.review.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One expert's seat on a panel, whatever the panel judges (an application, an acceptance): who sits and who put them
 * there, the conflicts the system found when they were assigned ({@link ConflictCheck}), their own declaration by
 * {@link ConflictDeclaration}'s rules, and their scoring, once, with a comment. What is scored and how it is kept is
 * the panel's own ({@code PanelAssignment}, {@code AcceptanceAssignment}); both tables have these columns.
 */
@MappedSuperclass
public abstract class PanelSeat {

    /** The longest declaration note; the column's length. */
    public static final int MAX_NOTE = 1000;

    /** The longest comment on the scores; the column's length. */
    public static final int MAX_COMMENT = 2000;

    @Column(nullable = false, length = 32)
    private String expert;

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

    @Column(name = "declaration_note", length = MAX_NOTE)
    private String declarationNote;

    @Column(name = "score_comment", length = MAX_COMMENT)
    private String comment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected PanelSeat() {
        // for JPA
    }

    protected PanelSeat(String expert, List<ConflictCheck.Flag> flags, String assignedBy, Instant assignedAt) {
        this.expert = Objects.requireNonNull(expert);
        this.conflictFlags = flags.isEmpty()
                ? null
                : String.join(",", flags.stream().map(Enum::name).toList());
        this.assignedBy = Objects.requireNonNull(assignedBy);
        this.assignedAt = Objects.requireNonNull(assignedAt);
    }

    /** The expert's declaration, once: with a conflict they step back, and the note says why. */
    public void declare(boolean conflict, String note, Instant now) {
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new DomainException("panel.noteTooLong", String.valueOf(MAX_NOTE));
        }
        this.declarationNote = ConflictDeclaration.check(declaredAt != null, conflict, note);
        this.declaredConflict = conflict;
        this.declaredAt = now;
    }

    /** Declared no conflict, and the system found none either: may see the case and score it. */
    public boolean cleared() {
        return ConflictDeclaration.cleared(declaredAt, declaredConflict, conflictFlags);
    }

    /** Refuses scoring by an expert not cleared, or a second time. */
    protected void requireMayScore() {
        if (!cleared()) {
            throw new DomainException("panel.notCleared");
        }
        if (submittedAt != null) {
            throw new DomainException("panel.alreadySubmitted");
        }
    }

    /** Records that the expert scored, with their comment (blank: none), after the panel's own scores are kept. */
    protected void scored(String comment, Instant now) {
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.submittedAt = now;
    }

    public List<ConflictCheck.Flag> conflictFlags() {
        return conflictFlags == null
                ? List.of()
                : Arrays.stream(conflictFlags.split(","))
                        .map(ConflictCheck.Flag::valueOf)
                        .toList();
    }

    public String expert() {
        return expert;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
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
