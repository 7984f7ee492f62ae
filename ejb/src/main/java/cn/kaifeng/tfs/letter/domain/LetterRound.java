package cn.kaifeng.tfs.letter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A round of letters issued in bulk for one program: the decided applications waiting for a letter when it was
 * created. Its progress is its items' states, in the database, so every node (and the page polling it) sees the
 * same; its heartbeat says whether a job is working on it.
 */
@Entity
@Table(name = "letter_round")
public class LetterRound {

    /** A job renews the heartbeat at least this often; a round silent for longer lost its job (a crash). */
    public static final Duration SILENCE = Duration.ofSeconds(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_round_seq")
    @SequenceGenerator(name = "letter_round_seq", sequenceName = "letter_round_seq", allocationSize = 50)
    private Long id;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    /** Re-score each application under the program's current version before its letter. */
    @Column(nullable = false)
    private boolean rescore;

    @Column(name = "requested_by", nullable = false, length = 32)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(nullable = false)
    private int total;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected LetterRound() {
        // for JPA
    }

    public LetterRound(String programCode, boolean rescore, String requestedBy, int total, Instant now) {
        this.programCode = Objects.requireNonNull(programCode);
        this.rescore = rescore;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.total = total;
        this.requestedAt = now;
        this.heartbeatAt = now;
    }

    public void beat(Instant now) {
        heartbeatAt = now;
    }

    public void finish(Instant now) {
        finishedAt = now;
    }

    public boolean finished() {
        return finishedAt != null;
    }

    public Long id() {
        return id;
    }

    public String programCode() {
        return programCode;
    }

    public boolean rescore() {
        return rescore;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public int total() {
        return total;
    }

    public Instant heartbeatAt() {
        return heartbeatAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
