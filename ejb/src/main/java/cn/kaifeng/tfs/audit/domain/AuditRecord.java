package cn.kaifeng.tfs.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One audited event. Written once, in the transaction of the change it describes (so it exists exactly when the
 * change does); linked into the hash chain shortly after by {@code AuditChainer}, which is the only other writer.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    static final int MAX_VALUE = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(nullable = false, length = 120)
    private String subject;

    @Column(name = "before_value", length = MAX_VALUE)
    private String before;

    @Column(name = "after_value", length = MAX_VALUE)
    private String after;

    @Column(name = "chain_seq", unique = true)
    private Long chainSeq;

    @Column(name = "prev_hash", length = 64)
    private String prevHash;

    @Column(length = 64)
    private String hash;

    protected AuditRecord() {
        // for JPA
    }

    /** {@code at} is kept to the microsecond, the precision both databases store, so the hash reads back equal. */
    public AuditRecord(Instant at, String actor, String action, String subject, String before, String after) {
        this.at = at.truncatedTo(ChronoUnit.MICROS);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.subject = Objects.requireNonNull(subject);
        this.before = cut(before);
        this.after = cut(after);
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }

    /** Links the record after {@code prevHash} as number {@code seq} of the chain. */
    public void link(long seq, String prevHash) {
        if (chainSeq != null) {
            throw new IllegalStateException("audit record " + id + " is already chained");
        }
        this.chainSeq = seq;
        this.prevHash = Objects.requireNonNull(prevHash);
        this.hash = AuditChain.hash(this);
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public Long chainSeq() {
        return chainSeq;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
