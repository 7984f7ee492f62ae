package cn.kaifeng.tfs.bank.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A published eligible list (名单) of one program, numbered per program. Its CSV and signed PDF are kept as
 * published, so the copy a bank downloads today is the copy it downloads next year.
 */
@Entity
@Table(name = "eligible_list")
public class EligibleList {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eligible_list_seq")
    @SequenceGenerator(name = "eligible_list_seq", sequenceName = "eligible_list_seq", allocationSize = 50)
    private Long id;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    @Column(nullable = false)
    private int version;

    @Column(name = "published_by", nullable = false, length = 32)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(nullable = false)
    private int entries;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] csv;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] pdf;

    protected EligibleList() {
        // for JPA
    }

    public EligibleList(String programCode, int version, String publishedBy, Instant publishedAt, int entries) {
        this.programCode = programCode;
        this.version = version;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.entries = entries;
        this.csv = new byte[0];
        this.pdf = new byte[0];
    }

    /** The files are made from the entries after the list has its id; set once, at publication. */
    public void attachFiles(byte[] csvFile, byte[] pdfFile) {
        this.csv = csvFile.clone();
        this.pdf = pdfFile.clone();
    }

    public Long id() {
        return id;
    }

    public String programCode() {
        return programCode;
    }

    public int version() {
        return version;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public int entries() {
        return entries;
    }

    public byte[] csv() {
        return csv.clone();
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    /** e.g. KF-XD-CREDIT-名单-v3.csv */
    public String fileName(String extension) {
        return programCode + "-名单-v" + version + "." + extension;
    }
}
