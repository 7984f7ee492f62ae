package cn.kaifeng.tfs.riskpool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A pool agreement version as first loaded: its file and hash, never changed, so a loan's coverage can always be
 * re-read under the version it was decided with. Its row is the lock every coverage decision of the pool takes.
 */
@Entity
@Table(name = "risk_pool_version")
public class PoolVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_pool_version_seq")
    @SequenceGenerator(name = "risk_pool_version_seq", sequenceName = "risk_pool_version_seq", allocationSize = 50)
    private Long id;

    @Column(name = "pool_code", nullable = false, length = 40)
    private String poolCode;

    @Column(nullable = false)
    private int version;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 200_000)
    private String content;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected PoolVersion() {
        // for JPA
    }

    public PoolVersion(PoolAgreement agreement, String content, String fileName, Instant loadedAt) {
        this.poolCode = agreement.code();
        this.version = agreement.version();
        this.contentHash = agreement.contentHash();
        this.content = content;
        this.fileName = fileName;
        this.loadedAt = loadedAt;
    }

    public Long id() {
        return id;
    }

    public String poolCode() {
        return poolCode;
    }

    public int version() {
        return version;
    }

    public String contentHash() {
        return contentHash;
    }

    public String content() {
        return content;
    }

    public String fileName() {
        return fileName;
    }
}
