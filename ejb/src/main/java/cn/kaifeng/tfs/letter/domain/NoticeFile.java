package cn.kaifeng.tfs.letter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The signed PDF of a notice, exactly as issued, so that every download is byte-identical and verifiable. */
@Entity
@Table(name = "notice_file")
public class NoticeFile {

    @Id
    @Column(name = "notice_id")
    private Long noticeId;

    @Column(nullable = false)
    private byte[] pdf;

    protected NoticeFile() {
        // for JPA
    }

    public NoticeFile(Long noticeId, byte[] pdf) {
        this.noticeId = noticeId;
        this.pdf = pdf.clone();
    }

    public byte[] pdf() {
        return pdf.clone();
    }
}
