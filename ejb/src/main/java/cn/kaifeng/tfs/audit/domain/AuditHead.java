package cn.kaifeng.tfs.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the hash chain: the last number given and its hash. A single row; whoever chains locks it, so on a
 * cluster only one node extends the chain at a time.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
        // for JPA
    }

    /** Links the record to the end of the chain. */
    public void append(AuditRecord record) {
        record.link(lastSeq + 1, lastHash);
        lastSeq++;
        lastHash = record.hash();
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
