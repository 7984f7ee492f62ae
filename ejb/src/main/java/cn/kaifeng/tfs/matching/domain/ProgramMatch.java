package cn.kaifeng.tfs.matching.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The latest match of an organisation with a program, replaced at every run: what the applicant's home shows and
 * the bureau's list of qualifying organisations reads. Amounts in fen, exact.
 */
@Entity
@Table(name = "program_match")
@IdClass(ProgramMatch.Key.class)
public class ProgramMatch {

    /** The row's key: one match per organisation and program. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long organisationId;
        private String programCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(organisationId, k.organisationId)
                    && Objects.equals(programCode, k.programCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, programCode);
        }
    }

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Id
    @Column(name = "program_code", length = 40)
    private String programCode;

    @Column(name = "program_version", nullable = false)
    private int programVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Verdict verdict;

    @Column(name = "estimate_fen")
    private Long estimateFen;

    @Enumerated(EnumType.STRING)
    @Column(name = "estimate_kind", nullable = false, length = 10)
    private Estimate.Kind estimateKind;

    @Column(nullable = false, length = 20000)
    private Reasons reasons;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected ProgramMatch() {
        // for JPA
    }

    public ProgramMatch(long organisationId, Match match, Instant computedAt) {
        this.organisationId = organisationId;
        this.programCode = match.programCode();
        this.computedAt = Objects.requireNonNull(computedAt);
        replace(match, computedAt);
    }

    /** The newer result of the same organisation and program. */
    public final void replace(Match match, Instant at) {
        if (!match.programCode().equals(programCode)) {
            throw new IllegalArgumentException("a match of " + match.programCode() + " for " + programCode);
        }
        this.programVersion = match.programVersion();
        this.verdict = match.verdict();
        this.estimateKind = match.estimate().kind();
        this.estimateFen = match.estimate().amount() == null
                ? null
                : match.estimate().amount().yuan().movePointRight(2).longValueExact();
        this.reasons = match.reasons();
        this.computedAt = Objects.requireNonNull(at);
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

    public Verdict verdict() {
        return verdict;
    }

    public Estimate estimate() {
        return estimateFen == null
                ? Estimate.NONE
                : new Estimate(estimateKind, Money.ofYuan(java.math.BigDecimal.valueOf(estimateFen, 2)));
    }

    public Reasons reasons() {
        return reasons;
    }

    public Instant computedAt() {
        return computedAt;
    }
}
