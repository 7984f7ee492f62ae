package cn.kaifeng.tfs.acceptance.domain;

import cn.kaifeng.tfs.agreement.domain.AwardRecord;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The acceptance (验收) of one award's project: the applicant's request (the value achieved for each indicator of the
 * signed agreement, and a summary), then the reviewer's opening, the panel's scoring and the confirmed conclusion.
 * One per award; a project told to rectify (限期整改) asks again once, in a second round with a new panel.
 *
 * <p>States and moves: REQUESTED –open→ OPENED –panel assigned→ PANEL –conclude→ PASSED | FAILED | RECTIFYING;
 * RECTIFYING –request again→ REQUESTED (round 2); RECTIFYING –deadline passed, the reviewer concludes→ FAILED
 * (逾期未整改, no second panel). The applicant may correct its request while it is REQUESTED. Any
 * other move is refused with {@code acceptance.notAllowed}.
 */
@Entity
@Table(name = "acceptance")
public class Acceptance extends AwardRecord {

    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_LAPSE_REASON = 1000;
    /** The largest value an indicator can be given, as the agreement's targets are bounded. */
    public static final BigDecimal MAX_VALUE = new BigDecimal("999999999999");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acceptance_seq")
    @SequenceGenerator(name = "acceptance_seq", sequenceName = "acceptance_seq", allocationSize = 50)
    private Long id;

    @Column(name = "acceptance_round", nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AcceptanceStatus status;

    @Column(nullable = false, length = MAX_SUMMARY)
    private String summary;

    @Column(name = "submitted_by", nullable = false, length = 32)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "opened_by", length = 32)
    private String openedBy;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "panel_score", precision = 5, scale = 2)
    private BigDecimal panelScore;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Conclusion conclusion;

    @Column(name = "concluded_by", length = 32)
    private String concludedBy;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    @Column(name = "rectify_by")
    private LocalDate rectifyBy;

    /** The day the daily run found the rectification deadline passed without a second request (told once). */
    @Column(name = "rectify_lapsed_on")
    private LocalDate rectifyLapsedOn;

    /** The reviewer's reason for concluding 不通过 because the deadline passed (逾期未整改), without a panel. */
    @Column(name = "lapse_reason", length = MAX_LAPSE_REASON)
    private String lapseReason;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "acceptance_value", joinColumns = @JoinColumn(name = "acceptance_id"))
    @OrderColumn(name = "position")
    private List<AchievedValue> values = new ArrayList<>();

    protected Acceptance() {
        // for JPA
    }

    /** What the acceptance is of: the award's case, copied from its agreement. */
    public record Case(
            long applicationId,
            long organisationId,
            String organisationName,
            String caseNumber,
            String programCode,
            int programVersion) {}

    /**
     * The applicant's first request.
     *
     * @param indicators the codes of the agreement's indicators, in its order: each needs a value
     */
    public Acceptance(
            Case of,
            List<String> indicators,
            Map<String, BigDecimal> achieved,
            String summary,
            String applicant,
            Instant now) {
        about(
                of.applicationId(),
                of.organisationId(),
                of.organisationName(),
                of.caseNumber(),
                of.programCode(),
                of.programVersion());
        this.round = 1;
        fill(indicators, achieved, summary, applicant, now);
    }

    /**
     * The applicant's request again: a correction while it is still waiting to be opened, or the second round after
     * a 限期整改 (the panel and the score of the first round stay on record with their round).
     */
    public void requestAgain(
            List<String> indicators, Map<String, BigDecimal> achieved, String summary, String applicant, Instant now) {
        if (status == AcceptanceStatus.RECTIFYING) {
            round = 2;
            panelScore = null;
            conclusion = null;
            concludedBy = null;
            concludedOn = null;
            openedBy = null;
            openedAt = null;
        } else if (status != AcceptanceStatus.REQUESTED) {
            throw notAllowed();
        }
        fill(indicators, achieved, summary, applicant, now);
    }

    private void fill(
            List<String> indicators, Map<String, BigDecimal> achieved, String summary, String applicant, Instant now) {
        if (summary == null || summary.isBlank()) {
            throw new DomainException("acceptance.summaryRequired");
        }
        if (summary.strip().length() > MAX_SUMMARY) {
            throw new DomainException("acceptance.summaryTooLong", String.valueOf(MAX_SUMMARY));
        }
        if (!Set.copyOf(indicators).containsAll(achieved.keySet())) {
            throw new DomainException("acceptance.unknownIndicator");
        }
        List<AchievedValue> given = new ArrayList<>();
        for (String code : indicators) {
            BigDecimal value = achieved.get(code);
            if (value == null) {
                throw new DomainException("acceptance.achievedMissing", code);
            }
            if (value.signum() < 0 || value.compareTo(MAX_VALUE) > 0) {
                throw new DomainException("acceptance.achievedOutOfRange", code);
            }
            if (value.stripTrailingZeros().scale() > 4) {
                throw new DomainException("acceptance.achievedTooPrecise", code);
            }
            given.add(new AchievedValue(code, value));
        }
        values.clear();
        values.addAll(given);
        this.summary = summary.strip();
        this.submittedBy = Objects.requireNonNull(applicant);
        this.submittedAt = Objects.requireNonNull(now);
        this.status = AcceptanceStatus.REQUESTED;
    }

    /** The reviewer opens the acceptance: the panel may be assigned. */
    public void open(String reviewer, Instant now) {
        require(AcceptanceStatus.REQUESTED);
        this.openedBy = reviewer;
        this.openedAt = now;
        this.status = AcceptanceStatus.OPENED;
    }

    /** The panel of this round is assigned: it scores now. */
    public void panelAssigned() {
        require(AcceptanceStatus.OPENED);
        this.status = AcceptanceStatus.PANEL;
    }

    /**
     * The reviewer confirms the conclusion the panel's score leads to; a 限期整改 gives the applicant until
     * {@code rectifyBy} to ask again.
     */
    public void conclude(Conclusion result, BigDecimal score, String reviewer, LocalDate today, int rectifyMonths) {
        require(AcceptanceStatus.PANEL);
        if (result == Conclusion.RECTIFY && round != 1) {
            throw new DomainException("acceptance.rectifyOnce");
        }
        this.conclusion = Objects.requireNonNull(result);
        this.panelScore = Objects.requireNonNull(score);
        this.concludedBy = reviewer;
        this.concludedOn = today;
        this.rectifyBy = result == Conclusion.RECTIFY ? today.plusMonths(rectifyMonths) : null;
        this.status = switch (result) {
            case PASSED -> AcceptanceStatus.PASSED;
            case FAILED -> AcceptanceStatus.FAILED;
            case RECTIFY -> AcceptanceStatus.RECTIFYING;
        };
    }

    /**
     * The deadline to rectify has passed on {@code today} and the applicant has not asked again: the day after
     * {@code rectifyBy} (the applicant may still ask on that day itself).
     */
    public boolean rectifyOverdueOn(LocalDate today) {
        return status == AcceptanceStatus.RECTIFYING && rectifyBy != null && today.isAfter(rectifyBy);
    }

    /**
     * The reviewer concludes 不通过 (逾期未整改) on a project that let its rectification deadline pass: no second panel
     * (there is nothing new to score), the first round's panel score stays the score on record, and the reason says
     * why the bureau did not wait longer. Refused before the deadline has passed.
     */
    public void concludeLapsed(String reason, String reviewer, LocalDate today) {
        require(AcceptanceStatus.RECTIFYING);
        if (!rectifyOverdueOn(today)) {
            throw new DomainException("acceptance.rectifyNotOverdue", rectifyBy.toString());
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("acceptance.lapseReasonRequired");
        }
        if (reason.strip().length() > MAX_LAPSE_REASON) {
            throw new DomainException("acceptance.lapseReasonTooLong", String.valueOf(MAX_LAPSE_REASON));
        }
        this.lapseReason = reason.strip();
        this.conclusion = Conclusion.FAILED;
        this.concludedBy = reviewer;
        this.concludedOn = today;
        this.status = AcceptanceStatus.FAILED;
    }

    /** Whether the acceptance failed because its rectification deadline passed (逾期未整改). */
    public boolean lapsed() {
        return lapseReason != null;
    }

    private void require(AcceptanceStatus expected) {
        if (status != expected) {
            throw notAllowed();
        }
    }

    private DomainException notAllowed() {
        return new DomainException("acceptance.notAllowed");
    }

    /** The values achieved by indicator code, in the agreement's order. */
    public Map<String, BigDecimal> achieved() {
        Map<String, BigDecimal> byCode = new LinkedHashMap<>();
        values.forEach(v -> byCode.put(v.code(), v.achieved()));
        return byCode;
    }

    public boolean isFinal() {
        return status == AcceptanceStatus.PASSED || status == AcceptanceStatus.FAILED;
    }

    public Long id() {
        return id;
    }

    /**
     * What the conclusion notice of this round is issued for: one per round (at most two per acceptance), so the
     * notice of a second round after 限期整改 is its own document and not the first round's again.
     */
    public long conclusionKey() {
        // a lapse is the second conclusion of round 1, in the place the second round's would have taken
        return id * 2 + (round == 2 || lapsed() ? 1 : 0);
    }

    public int round() {
        return round;
    }

    public AcceptanceStatus status() {
        return status;
    }

    public String summary() {
        return summary;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public BigDecimal panelScore() {
        return panelScore;
    }

    public Conclusion conclusion() {
        return conclusion;
    }

    public String concludedBy() {
        return concludedBy;
    }

    public LocalDate concludedOn() {
        return concludedOn;
    }

    public LocalDate rectifyBy() {
        return rectifyBy;
    }

    public LocalDate rectifyLapsedOn() {
        return rectifyLapsedOn;
    }

    public String lapseReason() {
        return lapseReason;
    }

    public long rowVersion() {
        return rowVersion;
    }
}
