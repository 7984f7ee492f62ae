package cn.kaifeng.tfs.riskpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link LoanEvent} as a bank reported it, stored in the order reported: the loan's life is the fold of these
 * rows. Never changed once stored; a retry with the same Idempotency-Key finds it.
 */
@Entity
@Table(name = "loan_event")
public class ReportedLoanEvent {

    /** What happened; one name per {@link LoanEvent} kind. */
    public enum Kind {
        DRAWDOWN,
        REPAYMENT_PLAN,
        REPAYMENT,
        PAST_DUE,
        DEFAULT,
        WRITE_OFF,
        RECOVERY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loan_event_seq")
    @SequenceGenerator(name = "loan_event_seq", sequenceName = "loan_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "loan_report_id", nullable = false)
    private long loanReportId;

    @Column(name = "bank_id", nullable = false)
    private long bankId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "principal_fen", nullable = false)
    private long principalFen;

    @Column(name = "interest_fen", nullable = false)
    private long interestFen;

    @Column(name = "days_past_due", nullable = false)
    private int daysPastDue;

    @Column(length = 12_000)
    private String plan;

    @Column(name = "reported_by", nullable = false, length = 32)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "idempotency_key", length = 64)
    private String idempotencyKey;

    @Column(name = "request_sha256", nullable = false, length = 64)
    private String requestSha256;

    protected ReportedLoanEvent() {
        // for JPA
    }

    public ReportedLoanEvent(
            long loanReportId,
            long bankId,
            LoanEvent event,
            String reportedBy,
            Instant reportedAt,
            String idempotencyKey,
            String requestSha256) {
        this.loanReportId = loanReportId;
        this.bankId = bankId;
        this.occurredOn = event.on();
        if (event instanceof LoanEvent.Drawdown d) {
            kind = Kind.DRAWDOWN;
            principalFen = d.principalFen();
        } else if (event instanceof LoanEvent.RepaymentPlan p) {
            kind = Kind.REPAYMENT_PLAN;
            plan = p.instalments().stream()
                    .map(i -> i.dueOn() + "=" + i.principalFen())
                    .collect(Collectors.joining(";"));
        } else if (event instanceof LoanEvent.Repayment r) {
            kind = Kind.REPAYMENT;
            principalFen = r.principalFen();
            interestFen = r.interestFen();
        } else if (event instanceof LoanEvent.PastDue p) {
            kind = Kind.PAST_DUE;
            daysPastDue = p.days();
        } else if (event instanceof LoanEvent.Default) {
            kind = Kind.DEFAULT;
        } else if (event instanceof LoanEvent.WriteOff) {
            kind = Kind.WRITE_OFF;
        } else if (event instanceof LoanEvent.Recovery r) {
            kind = Kind.RECOVERY;
            principalFen = r.amountFen();
        }
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.idempotencyKey = idempotencyKey;
        this.requestSha256 = requestSha256;
    }

    /** The event as the domain folds it. */
    public LoanEvent event() {
        return switch (kind) {
            case DRAWDOWN -> new LoanEvent.Drawdown(occurredOn, principalFen);
            case REPAYMENT_PLAN -> new LoanEvent.RepaymentPlan(occurredOn, instalments());
            case REPAYMENT -> new LoanEvent.Repayment(occurredOn, principalFen, interestFen);
            case PAST_DUE -> new LoanEvent.PastDue(occurredOn, daysPastDue);
            case DEFAULT -> new LoanEvent.Default(occurredOn);
            case WRITE_OFF -> new LoanEvent.WriteOff(occurredOn);
            case RECOVERY -> new LoanEvent.Recovery(occurredOn, principalFen);
        };
    }

    private List<LoanEvent.Instalment> instalments() {
        List<LoanEvent.Instalment> lines = new ArrayList<>();
        for (String line : plan.split(";")) {
            String[] parts = line.split("=");
            lines.add(new LoanEvent.Instalment(LocalDate.parse(parts[0]), Long.parseLong(parts[1])));
        }
        return lines;
    }

    public Long id() {
        return id;
    }

    public long loanReportId() {
        return loanReportId;
    }

    public long bankId() {
        return bankId;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public long principalFen() {
        return principalFen;
    }

    public long interestFen() {
        return interestFen;
    }

    public int daysPastDue() {
        return daysPastDue;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String requestSha256() {
        return requestSha256;
    }
}
