package cn.kaifeng.tfs.acceptance.domain;

import cn.kaifeng.tfs.review.domain.ConflictCheck;
import cn.kaifeng.tfs.review.domain.ConflictDeclaration;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One expert on the panel of one round of an acceptance. As on an application's panel (review's
 * {@code PanelAssignment}), the conflicts the review's {@link ConflictCheck} finds are recorded when the expert is
 * assigned, and the declaration follows the review's {@link ConflictDeclaration}: the expert declares first, and only one cleared (declared none, none found) sees the request and scores
 * it, once: out of 100 for every indicator of the agreement, the expert's score being their mean.
 */
@Entity
@Table(name = "acceptance_assignment")
public class AcceptanceAssignment {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acceptance_assignment_seq")
    @SequenceGenerator(
            name = "acceptance_assignment_seq",
            sequenceName = "acceptance_assignment_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "acceptance_id", nullable = false)
    private Long acceptanceId;

    @Column(name = "acceptance_round", nullable = false)
    private int round;

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

    @Column(name = "declaration_note", length = 1000)
    private String declarationNote;

    /** Indicator code to score, as {@code code=score;code=score} (codes are lower-case words with dashes). */
    @Column(length = 4000)
    private String scores;

    @Column(name = "expert_score", precision = 5, scale = 2)
    private BigDecimal expertScore;

    @Column(name = "score_comment", length = 2000)
    private String comment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected AcceptanceAssignment() {
        // for JPA
    }

    public AcceptanceAssignment(
            Long acceptanceId,
            int round,
            String expert,
            List<ConflictCheck.Flag> flags,
            String assignedBy,
            Instant assignedAt) {
        this.acceptanceId = Objects.requireNonNull(acceptanceId);
        this.round = round;
        this.expert = Objects.requireNonNull(expert);
        this.conflictFlags = flags.isEmpty()
                ? null
                : String.join(",", flags.stream().map(Enum::name).toList());
        this.assignedBy = Objects.requireNonNull(assignedBy);
        this.assignedAt = Objects.requireNonNull(assignedAt);
    }

    /**
     * The expert's declaration, once, by the review's rules ({@link ConflictDeclaration}): with a conflict they step
     * back, and the note says why.
     */
    public void declare(boolean conflict, String note, Instant now) {
        if (note != null && note.strip().length() > 1000) {
            throw new DomainException("acceptance.noteTooLong", "1000");
        }
        this.declarationNote = ConflictDeclaration.check(declaredAt != null, conflict, note);
        this.declaredConflict = conflict;
        this.declaredAt = now;
    }

    /** Declared no conflict, and the system found none either: may see the request and score it. */
    public boolean cleared() {
        return ConflictDeclaration.cleared(declaredAt, declaredConflict, conflictFlags);
    }

    /**
     * The expert's scores, one for each indicator, each from 0 to 100 with at most two decimals; once.
     *
     * @param indicators the agreement's indicator codes
     */
    public void submit(List<String> indicators, Map<String, BigDecimal> given, String comment, Instant now) {
        if (!cleared()) {
            throw new DomainException("panel.notCleared");
        }
        if (submittedAt != null) {
            throw new DomainException("panel.alreadySubmitted");
        }
        if (comment != null && comment.strip().length() > 2000) {
            throw new DomainException("acceptance.noteTooLong", "2000");
        }
        Map<String, BigDecimal> kept = new LinkedHashMap<>();
        for (String code : indicators) {
            BigDecimal score = given.get(code);
            if (score == null) {
                throw new DomainException("acceptance.scoreMissing", code);
            }
            if (score.signum() < 0
                    || score.compareTo(HUNDRED) > 0
                    || score.stripTrailingZeros().scale() > 2) {
                throw new DomainException("acceptance.scoreOutOfRange", code);
            }
            kept.put(code, score.setScale(2, RoundingMode.UNNECESSARY));
        }
        BigDecimal sum = kept.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        this.expertScore = sum.divide(BigDecimal.valueOf(kept.size()), 2, RoundingMode.HALF_UP);
        this.scores = kept.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().toPlainString())
                .collect(Collectors.joining(";"));
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.submittedAt = now;
    }

    /** The scores by indicator code; empty before the expert submitted. */
    public Map<String, BigDecimal> scores() {
        Map<String, BigDecimal> byCode = new LinkedHashMap<>();
        if (scores != null) {
            for (String pair : scores.split(";")) {
                int eq = pair.indexOf('=');
                byCode.put(pair.substring(0, eq), new BigDecimal(pair.substring(eq + 1)));
            }
        }
        return byCode;
    }

    public List<ConflictCheck.Flag> conflictFlags() {
        return conflictFlags == null
                ? List.of()
                : Arrays.stream(conflictFlags.split(","))
                        .map(ConflictCheck.Flag::valueOf)
                        .toList();
    }

    public Long id() {
        return id;
    }

    public Long acceptanceId() {
        return acceptanceId;
    }

    public int round() {
        return round;
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

    public BigDecimal expertScore() {
        return expertScore;
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
