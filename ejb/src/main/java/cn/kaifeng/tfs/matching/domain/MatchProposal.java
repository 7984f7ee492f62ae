package cn.kaifeng.tfs.matching.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * 免申即享: the bureau proposes a program's support to an organisation its profile qualifies, at the amount the
 * award formula gives; the organisation confirms (and a case filled from its profile goes the normal review path)
 * or declines. Decided once; one proposal per organisation and program version.
 */
@Entity
@Table(name = "match_proposal")
public class MatchProposal {

    public enum Status {
        PROPOSED,
        CONFIRMED,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_proposal_seq")
    @SequenceGenerator(name = "match_proposal_seq", sequenceName = "match_proposal_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    @Column(name = "program_version", nullable = false)
    private int programVersion;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "proposed_by", nullable = false, length = 32)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = 32)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "application_id")
    private Long applicationId;

    @Version
    private long version;

    protected MatchProposal() {
        // for JPA
    }

    public MatchProposal(
            long organisationId, String programCode, int programVersion, Money amount, String by, Instant at) {
        if (amount == null || amount.isZero()) {
            throw new DomainException("proposal.noAmount");
        }
        this.organisationId = organisationId;
        this.programCode = Objects.requireNonNull(programCode);
        this.programVersion = programVersion;
        this.amountFen = amount.yuan().movePointRight(2).longValueExact();
        this.status = Status.PROPOSED;
        this.proposedBy = Objects.requireNonNull(by);
        this.proposedAt = Objects.requireNonNull(at);
    }

    /** The organisation accepts: the case {@code applicationId} was created and submitted for it. */
    public void confirm(String by, long applicationId, Instant at) {
        decide(Status.CONFIRMED, by, at);
        this.applicationId = applicationId;
    }

    public void decline(String by, Instant at) {
        decide(Status.DECLINED, by, at);
    }

    private void decide(Status to, String by, Instant at) {
        if (status != Status.PROPOSED) {
            throw new DomainException("proposal.decided");
        }
        this.status = to;
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(at);
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String programCode() {
        return programCode;
    }

    public int programVersion() {
        return programVersion;
    }

    public Money amount() {
        return Money.ofYuan(BigDecimal.valueOf(amountFen, 2));
    }

    public Status status() {
        return status;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Long applicationId() {
        return applicationId;
    }
}
