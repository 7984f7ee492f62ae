package cn.kaifeng.tfs.riskpool.domain;

import cn.kaifeng.tfs.attachment.domain.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** A piece of a claim's evidence (代偿证明材料): a file checked by its content where it is stored. */
@Entity
@Table(name = "risk_pool_claim_file")
public class ClaimFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_pool_claim_file_seq")
    @SequenceGenerator(name = "risk_pool_claim_file_seq", sequenceName = "risk_pool_claim_file_seq", allocationSize = 1)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Embedded
    private StoredFile file;

    protected ClaimFile() {
        // for JPA
    }

    public ClaimFile(long claimId, StoredFile file) {
        this.claimId = claimId;
        this.file = Objects.requireNonNull(file);
    }

    public Long id() {
        return id;
    }

    public long claimId() {
        return claimId;
    }

    public StoredFile file() {
        return file;
    }
}
