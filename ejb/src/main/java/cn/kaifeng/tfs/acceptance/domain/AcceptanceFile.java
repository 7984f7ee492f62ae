package cn.kaifeng.tfs.acceptance.domain;

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

/**
 * A file attached to an acceptance request (验收材料: the project's final report, test reports, invoices...), kept in
 * the attachment store and recognised by its content as a progress report's files are; never replaced, and marked
 * with the round it came with, so the second round's panel sees what changed after 限期整改.
 */
@Entity
@Table(name = "acceptance_file")
public class AcceptanceFile {

    /** At most this many files per round. */
    public static final int MAX_PER_ROUND = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acceptance_file_seq")
    @SequenceGenerator(name = "acceptance_file_seq", sequenceName = "acceptance_file_seq", allocationSize = 1)
    private Long id;

    @Column(name = "acceptance_id", nullable = false)
    private long acceptanceId;

    @Column(name = "acceptance_round", nullable = false)
    private int round;

    @Embedded
    private StoredFile file;

    protected AcceptanceFile() {
        // for JPA
    }

    public AcceptanceFile(long acceptanceId, int round, StoredFile file) {
        this.acceptanceId = acceptanceId;
        this.round = round;
        this.file = Objects.requireNonNull(file);
    }

    public Long id() {
        return id;
    }

    public long acceptanceId() {
        return acceptanceId;
    }

    public int round() {
        return round;
    }

    public StoredFile file() {
        return file;
    }
}
