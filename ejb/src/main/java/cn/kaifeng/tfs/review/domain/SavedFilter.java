package cn.kaifeng.tfs.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A reviewer's named queue filter, kept so a daily view is one click away. */
@Entity
@Table(name = "saved_filter")
public class SavedFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_filter_seq")
    @SequenceGenerator(name = "saved_filter_seq", sequenceName = "saved_filter_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 32)
    private String owner;

    @Column(nullable = false, length = 60)
    private String name;

    /** The filter as JSON. */
    @Column(nullable = false, length = 2000)
    private String filter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedFilter() {
        // for JPA
    }

    public SavedFilter(String owner, String name, String filter, Instant createdAt) {
        this.owner = Objects.requireNonNull(owner);
        this.name = Objects.requireNonNull(name);
        this.filter = Objects.requireNonNull(filter);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String filter() {
        return filter;
    }
}
