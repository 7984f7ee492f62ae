package cn.kaifeng.tfs.acceptance.domain;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The performance evaluation (绩效评价) of an award's project, made when its acceptance is finally concluded and kept
 * with the organisation, so that the reviewers of its later applications see how it kept its last targets.
 */
@Entity
@Table(name = "performance_evaluation")
public class PerformanceEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "performance_evaluation_seq")
    @SequenceGenerator(
            name = "performance_evaluation_seq",
            sequenceName = "performance_evaluation_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "application_id", nullable = false, unique = true)
    private Long applicationId;

    @Column(name = "case_number", nullable = false, length = 40)
    private String caseNumber;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    @Column(name = "evaluated_on", nullable = false)
    private LocalDate evaluatedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Conclusion conclusion;

    @Column(name = "total_score", nullable = false, precision = 5, scale = 2)
    private BigDecimal totalScore;

    @Column(name = "evaluated_by", nullable = false, length = 32)
    private String evaluatedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "performance_evaluation_line", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    private List<EvaluationLine> lines = new ArrayList<>();

    protected PerformanceEvaluation() {
        // for JPA
    }

    public PerformanceEvaluation(
            Acceptance acceptance, List<EvaluationLine> lines, BigDecimal total, String reviewer, LocalDate on) {
        this.organisationId = acceptance.organisationId();
        this.applicationId = acceptance.applicationId();
        this.caseNumber = acceptance.caseNumber();
        this.programCode = acceptance.programCode();
        this.conclusion = Objects.requireNonNull(acceptance.conclusion());
        this.lines.addAll(lines);
        this.totalScore = Objects.requireNonNull(total);
        this.evaluatedBy = Objects.requireNonNull(reviewer);
        this.evaluatedOn = Objects.requireNonNull(on);
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Long applicationId() {
        return applicationId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String programCode() {
        return programCode;
    }

    public LocalDate evaluatedOn() {
        return evaluatedOn;
    }

    public Conclusion conclusion() {
        return conclusion;
    }

    public BigDecimal totalScore() {
        return totalScore;
    }

    public String evaluatedBy() {
        return evaluatedBy;
    }

    public List<EvaluationLine> lines() {
        return List.copyOf(lines);
    }
}
