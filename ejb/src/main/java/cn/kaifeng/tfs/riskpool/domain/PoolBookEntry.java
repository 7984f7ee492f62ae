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
import java.util.Objects;

/**
 * A {@link PoolPosting} as stored in a pool's book, with who made it and when. Never updated: a correction is another
 * posting.
 */
@Entity
@Table(name = "risk_pool_posting")
public class PoolBookEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_pool_posting_seq")
    @SequenceGenerator(name = "risk_pool_posting_seq", sequenceName = "risk_pool_posting_seq", allocationSize = 1)
    private Long id;

    @Column(name = "pool_code", nullable = false, length = 40, updatable = false)
    private String poolCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private PoolAccount debit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private PoolAccount credit;

    @Column(name = "amount_fen", nullable = false, updatable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 20, updatable = false)
    private PoolPosting.SourceKind sourceKind;

    @Column(name = "source_id", nullable = false, updatable = false)
    private long sourceId;

    @Column(name = "posted_by", nullable = false, length = 50, updatable = false)
    private String postedBy;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    protected PoolBookEntry() {
        // for JPA
    }

    public PoolBookEntry(String poolCode, PoolPosting posting, String postedBy, Instant postedAt) {
        this.poolCode = Objects.requireNonNull(poolCode);
        this.debit = posting.debit();
        this.credit = posting.credit();
        this.amountFen = posting.amountFen();
        this.sourceKind = posting.source().kind();
        this.sourceId = posting.source().id();
        this.postedBy = Objects.requireNonNull(postedBy);
        this.postedAt = Objects.requireNonNull(postedAt);
    }

    public Long id() {
        return id;
    }

    public String poolCode() {
        return poolCode;
    }

    public PoolPosting posting() {
        return new PoolPosting(debit, credit, amountFen, new PoolPosting.Source(sourceKind, sourceId));
    }

    public String postedBy() {
        return postedBy;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
