package cn.kaifeng.tfs.review.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An objection to a proposed approval during its public notice, and how a reviewer resolved it. */
@Entity
@Table(name = "objection")
public class Objection {

    public static final int MAX_REASON = 2000;
    public static final int MAX_CONTACT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objection_seq")
    @SequenceGenerator(name = "objection_seq", sequenceName = "objection_seq", allocationSize = 50)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    /**
     * Personal information: encrypted at rest, shown only to reviewers, who need it to check the objection; erased
     * (null) by the retention rule half a year after the objection is settled.
     */
    @Column(length = 1000)
    private ObjectionContact contact;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "resolved_by", length = 32)
    private String resolvedBy;

    @Column(length = 2000)
    private String resolution;

    private Boolean upheld;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    /** How many identical objections were merged into this one after it was raised. */
    @Column(nullable = false)
    private int repeats;

    /** Marked by the reviewer who dismissed it: identical objections no longer pause the case. */
    @Column(nullable = false)
    private boolean vexatious;

    /** A digest of the reason with case and spacing folded: identical objections share it. */
    @Column(name = "reason_key", length = 64)
    private String reasonKey;

    protected Objection() {
        // for JPA
    }

    public Objection(Long applicationId, String reason, String contact, Instant raisedAt) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new DomainException("notice.reasonRequired", MAX_REASON);
        }
        if (contact == null || contact.isBlank() || contact.length() > MAX_CONTACT) {
            throw new DomainException("notice.contactRequired", MAX_CONTACT);
        }
        this.applicationId = Objects.requireNonNull(applicationId);
        this.reason = reason.strip();
        this.contact = new ObjectionContact(contact.strip());
        this.raisedAt = raisedAt;
        this.reasonKey = keyOf(reason);
    }

    /**
     * What makes two reasons the same objection: the text with case folded and every run of spaces and line breaks
     * made one space, as a SHA-256 digest.
     */
    public static String keyOf(String reason) {
        String folded =
                reason == null ? "" : reason.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        return cn.kaifeng.tfs.shared.domain.Sha256.hex(folded);
    }

    /**
     * Whether an identical objection raised now is merged into this one rather than pausing the case: while this one
     * is open (the case is paused already), or once a reviewer dismissed it as vexatious.
     */
    public boolean absorbsRepeats() {
        return resolvedAt == null || vexatious;
    }

    /** An identical objection was raised again and merged into this one. */
    public void repeated() {
        repeats++;
    }

    /** Marks a dismissed objection vexatious: identical ones will no longer pause the case. */
    public void markVexatious() {
        if (resolvedAt == null || Boolean.TRUE.equals(upheld)) {
            throw new IllegalStateException("only a dismissed objection can be vexatious");
        }
        vexatious = true;
    }

    public int repeats() {
        return repeats;
    }

    public boolean vexatious() {
        return vexatious;
    }

    public void resolve(boolean upheld, String resolution, String reviewer, Instant now) {
        if (resolvedAt != null) {
            throw new DomainException("notice.alreadyResolved");
        }
        if (resolution == null || resolution.isBlank()) {
            throw new DomainException("review.reasonRequired");
        }
        this.upheld = upheld;
        this.resolution = resolution.strip();
        this.resolvedBy = reviewer;
        this.resolvedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public String reason() {
        return reason;
    }

    /** The objector's contact; empty once erased by the retention rule. */
    public Optional<String> contact() {
        return Optional.ofNullable(contact).map(ObjectionContact::text);
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public boolean resolved() {
        return resolvedAt != null;
    }

    public Boolean upheld() {
        return upheld;
    }

    public String resolution() {
        return resolution;
    }
}
