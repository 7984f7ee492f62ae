package cn.kaifeng.tfs.monitoring.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A progress report (进度报告) of an award for one period of its schedule: what the project did (the summary), the
 * value each agreement indicator has reached so far, and the money spent to date (fen, exact). Submitted by the
 * award's organisation; the reviewer accepts it or returns it with a reason, and a returned report is submitted
 * again with its contents replaced. Its files are rows of their own ({@link ReportFile}), kept across resubmissions.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_REASON = 1000;
    /**
     * The longest the answers to the program's report fields may be as stored JSON: twenty fields (the most a
     * program may ask) of 2,000 characters each, with room for escaping.
     */
    public static final int MAX_ANSWERS = 100_000;

    static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");
    static final int MAX_SCALE = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_report_seq")
    @SequenceGenerator(name = "progress_report_seq", sequenceName = "progress_report_seq", allocationSize = 1)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "period_number", nullable = false)
    private int periodNumber;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReportStatus status;

    @Column(nullable = false, length = MAX_SUMMARY)
    private String summary;

    @Column(name = "spent_fen", nullable = false)
    private long spentFen;

    /** The answers to the program's report fields ({@code reporting.fields}), as JSON checked by the form check. */
    @Column(nullable = false, length = MAX_ANSWERS)
    private String answers = "{}";

    @Column(name = "submitted_by", nullable = false, length = 32)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "return_reason", length = MAX_REASON)
    private String returnReason;

    @Column(name = "reviewed_by", length = 32)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "progress_report_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "indicator_code", length = 60)
    @Column(name = "reached", nullable = false, precision = 18, scale = 4)
    private Map<String, BigDecimal> reached = new LinkedHashMap<>();

    protected ProgressReport() {
        // for JPA
    }

    /**
     * What the applicant writes in a report: the fixed part, and the answers to the program's own report fields as
     * JSON (checked against the fields' definitions by the service, which knows the program).
     */
    public record Contents(String summary, Map<String, BigDecimal> reached, Money spent, String answers) {

        /** Contents with no answers: the program asks nothing beyond the fixed part. */
        public Contents(String summary, Map<String, BigDecimal> reached, Money spent) {
            this(summary, reached, spent, "{}");
        }
    }

    /**
     * The first submission of the report for {@code period}; {@code indicatorCodes} are the agreement's indicators,
     * each of which needs a value. Refused before the period has begun.
     */
    public static ProgressReport submit(
            long applicationId,
            long organisationId,
            ReportPeriod period,
            LocalDate today,
            List<String> indicatorCodes,
            Contents contents,
            String by,
            Instant at) {
        if (!period.openOn(today)) {
            throw new DomainException("report.notOpen", period.from());
        }
        ProgressReport r = new ProgressReport();
        r.applicationId = applicationId;
        r.organisationId = organisationId;
        r.periodNumber = period.number();
        r.dueOn = period.dueOn();
        r.fill(indicatorCodes, contents, by, at);
        r.status = ReportStatus.SUBMITTED;
        return r;
    }

    /** The applicant submits a returned report again, its contents replaced. */
    public void resubmit(List<String> indicatorCodes, Contents contents, String by, Instant at) {
        ReportStatus next = ReportMove.RESUBMIT.target(status);
        fill(indicatorCodes, contents, by, at);
        status = next;
    }

    /** The reviewer returns the report with a reason the applicant reads. */
    public void returnToApplicant(String reason, String reviewer, Instant at) {
        ReportStatus next = ReportMove.RETURN.target(status);
        returnReason = Texts.required(reason, "report.reason", MAX_REASON);
        reviewedBy = reviewer;
        reviewedAt = at;
        status = next;
    }

    /** The reviewer accepts the report. */
    public void accept(String reviewer, Instant at) {
        ReportStatus next = ReportMove.ACCEPT.target(status);
        reviewedBy = reviewer;
        reviewedAt = at;
        status = next;
    }

    private void fill(List<String> indicatorCodes, Contents contents, String by, Instant at) {
        String text = Texts.required(contents.summary(), "report.summary", MAX_SUMMARY);
        if (contents.spent() == null) {
            throw new DomainException("report.spentRequired");
        }
        // not negative: Money refuses that itself
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String code : indicatorCodes) {
            values.put(code, value(contents.reached().get(code), code));
        }
        String json = contents.answers() == null ? "{}" : contents.answers();
        if (json.length() > MAX_ANSWERS) {
            throw new DomainException("report.answersTooLong");
        }
        summary = text;
        answers = json;
        spentFen = contents.spent().fen();
        reached.clear();
        reached.putAll(values);
        submittedBy = Objects.requireNonNull(by);
        submittedAt = Objects.requireNonNull(at);
    }

    /** A value reached: a number in the indicator's unit, not negative, as the agreement's targets are. */
    private static BigDecimal value(BigDecimal value, String indicator) {
        if (value == null) {
            throw new DomainException("report.valueMissing", indicator);
        }
        if (value.signum() < 0) {
            throw new DomainException("report.valueNegative", indicator);
        }
        if (value.compareTo(MAX_VALUE) >= 0 || value.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new DomainException("report.valueRange", indicator);
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    public Long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public long organisationId() {
        return organisationId;
    }

    public int periodNumber() {
        return periodNumber;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ReportStatus status() {
        return status;
    }

    public String summary() {
        return summary;
    }

    public Money spent() {
        return Money.ofFen(spentFen);
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String returnReason() {
        return returnReason;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    /** The answers to the program's report fields, as stored JSON ({@code {}} when it asks none). */
    public String answers() {
        return answers;
    }

    public Map<String, BigDecimal> reached() {
        return Map.copyOf(reached);
    }

    public long rowVersion() {
        return rowVersion;
    }
}
