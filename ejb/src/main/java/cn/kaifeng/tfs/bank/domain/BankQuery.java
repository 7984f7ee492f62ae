package cn.kaifeng.tfs.bank.domain;

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

/**
 * One question a bank asked and what it was told, recorded before the answer leaves the server. Append-only: the
 * entity has no setters, and nothing updates or deletes the table. Rows are written in batches by the query log
 * (QueryLogWriter, plain JDBC); the entity is how they are read.
 */
@Entity
@Table(name = "bank_query")
public class BankQuery {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_query_seq")
    @SequenceGenerator(name = "bank_query_seq", sequenceName = "bank_query_seq", allocationSize = 50)
    private Long id;

    @Column(name = "bank_id", nullable = false)
    private Long bankId;

    @Column(name = "asked_by", nullable = false, length = 32)
    private String askedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private QueryChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuerySubject subject;

    @Column(name = "asked_about", length = 32)
    private String askedAbout;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private QueryPurpose purpose;

    @Column(nullable = false, length = 40)
    private String result;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    protected BankQuery() {
        // for JPA
    }

    public BankQuery(
            long bankId,
            String askedBy,
            QueryChannel channel,
            QuerySubject subject,
            String askedAbout,
            QueryPurpose purpose,
            String result,
            Instant askedAt) {
        this.bankId = bankId;
        this.askedBy = askedBy;
        this.channel = channel;
        this.subject = subject;
        this.askedAbout = askedAbout;
        this.purpose = purpose;
        this.result = result;
        this.askedAt = askedAt;
    }

    public Long id() {
        return id;
    }

    public Long bankId() {
        return bankId;
    }

    public String askedBy() {
        return askedBy;
    }

    public QueryChannel channel() {
        return channel;
    }

    public QuerySubject subject() {
        return subject;
    }

    public String askedAbout() {
        return askedAbout;
    }

    public QueryPurpose purpose() {
        return purpose;
    }

    public String result() {
        return result;
    }

    public Instant askedAt() {
        return askedAt;
    }
}
