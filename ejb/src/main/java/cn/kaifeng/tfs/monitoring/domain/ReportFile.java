package cn.kaifeng.tfs.monitoring.domain;

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
 * A file submitted with a progress report (a photo of the site, an invoice list...), kept in the attachment store
 * and recognised by its content like an application's attachments; never replaced, so what the reviewer accepted
 * stays readable after a resubmission.
 */
@Entity
@Table(name = "progress_report_file")
public class ReportFile {

    public static final int MAX_PER_REPORT = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_report_file_seq")
    @SequenceGenerator(name = "progress_report_file_seq", sequenceName = "progress_report_file_seq", allocationSize = 1)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Embedded
    private StoredFile file;

    protected ReportFile() {
        // for JPA
    }

    public ReportFile(long reportId, StoredFile file) {
        this.reportId = reportId;
        this.file = Objects.requireNonNull(file);
    }

    public Long id() {
        return id;
    }

    public long reportId() {
        return reportId;
    }

    public StoredFile file() {
        return file;
    }
}
