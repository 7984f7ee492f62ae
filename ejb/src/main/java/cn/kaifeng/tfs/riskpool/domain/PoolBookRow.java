package cn.kaifeng.tfs.riskpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A pool's stored book, one per pool code: what the city funded it with so far, so that a later version of the
 * agreement with another size posts only the difference. Its money is in {@link PoolBookEntry} rows.
 */
@Entity
@Table(name = "risk_pool_book")
public class PoolBookRow {

    @Id
    @Column(name = "pool_code", length = 40)
    private String poolCode;

    @Column(name = "funded_fen", nullable = false)
    private long fundedFen;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected PoolBookRow() {
        // for JPA
    }

    public PoolBookRow(String poolCode, Instant openedAt) {
        this.poolCode = poolCode;
        this.openedAt = openedAt;
    }

    /** The agreement now says the pool holds {@code sizeFen}: what must be posted to get there (may be negative). */
    public long fundTo(long sizeFen) {
        long difference = sizeFen - fundedFen;
        fundedFen = sizeFen;
        return difference;
    }

    public String poolCode() {
        return poolCode;
    }

    public long fundedFen() {
        return fundedFen;
    }
}
