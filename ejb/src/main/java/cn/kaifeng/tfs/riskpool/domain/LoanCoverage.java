package cn.kaifeng.tfs.riskpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The pool's decision on a reported loan, made once when the loan is reported ({@link Coverage}), with its reason
 * when refused; and, for a covered loan, what the pool counts for it now, kept up to date by each event.
 */
@Entity
@Table(name = "loan_coverage")
public class LoanCoverage {

    @Id
    @Column(name = "loan_report_id")
    private Long loanReportId;

    @Column(name = "pool_version_id", nullable = false)
    private long poolVersionId;

    @Column(name = "bank_id", nullable = false)
    private long bankId;

    @Column(nullable = false)
    private boolean covered;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private CoverageRefusal refusal;

    @Column(name = "refusal_arguments", length = 200)
    private String refusalArguments;

    @Column(name = "covered_balance_fen", nullable = false)
    private long coveredBalanceFen;

    @Column(name = "non_performing", nullable = false)
    private boolean nonPerforming;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected LoanCoverage() {
        // for JPA
    }

    public LoanCoverage(
            long loanReportId,
            long poolVersionId,
            long bankId,
            Coverage.Decision decision,
            long amountFen,
            Instant decidedAt) {
        this.loanReportId = loanReportId;
        this.poolVersionId = poolVersionId;
        this.bankId = bankId;
        this.covered = decision.covered();
        this.refusal = decision.refusal();
        this.refusalArguments =
                decision.arguments().stream().map(String::valueOf).collect(Collectors.joining("|"));
        this.coveredBalanceFen = covered ? amountFen : 0;
        this.decidedAt = decidedAt;
    }

    /** After an event: what the pool counts for the loan now (a refused loan counts nothing, ever). */
    public void follow(LoanLife life) {
        if (covered) {
            coveredBalanceFen = life.coveredBalanceFen();
            nonPerforming = life.nonPerforming();
        }
    }

    public Long loanReportId() {
        return loanReportId;
    }

    public long poolVersionId() {
        return poolVersionId;
    }

    public long bankId() {
        return bankId;
    }

    public boolean covered() {
        return covered;
    }

    public CoverageRefusal refusal() {
        return refusal;
    }

    /** The figures the refusal's message names, in order. */
    public List<String> refusalArguments() {
        return refusalArguments == null || refusalArguments.isEmpty()
                ? List.of()
                : List.of(refusalArguments.split("\\|", -1));
    }

    public long coveredBalanceFen() {
        return coveredBalanceFen;
    }

    public boolean nonPerforming() {
        return nonPerforming;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
