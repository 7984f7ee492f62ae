package cn.kaifeng.tfs.acceptance.domain;

import cn.kaifeng.tfs.review.domain.ConflictCheck;
import cn.kaifeng.tfs.review.domain.ConflictDeclaration;
import cn.kaifeng.tfs.review.domain.PanelSeat;
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
public class AcceptanceAssignment extends PanelSeat {

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

    /** Indicator code to score, as {@code code=score;code=score} (codes are lower-case words with dashes). */
    @Column(length = 4000)
    private String scores;

    @Column(name = "expert_score", precision = 5, scale = 2)
    private BigDecimal expertScore;

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
        super(expert, flags, assignedBy, assignedAt);
        this.acceptanceId = Objects.requireNonNull(acceptanceId);
        this.round = round;
    }

    /**
     * The expert's scores, one for each indicator, each from 0 to 100 with at most two decimals; once.
     *
     * @param indicators the agreement's indicator codes
     */
    public void submit(List<String> indicators, Map<String, BigDecimal> given, String comment, Instant now) {
        requireMayScore();
        if (comment != null && comment.strip().length() > MAX_COMMENT) {
            throw new DomainException("acceptance.noteTooLong", String.valueOf(MAX_COMMENT));
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
        scored(comment, now);
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

    public Long id() {
        return id;
    }

    public Long acceptanceId() {
        return acceptanceId;
    }

    public int round() {
        return round;
    }

    public BigDecimal expertScore() {
        return expertScore;
    }
}
