package cn.kaifeng.tfs.letter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The signed PDF of a letter, exactly as issued, so that every download is byte-identical and verifiable. */
@Entity
@Table(name = "letter_file")
public class LetterFile {

    @Id
    @Column(name = "letter_id")
    private Long letterId;

    @Column(nullable = false)
    private byte[] pdf;

    protected LetterFile() {
        // for JPA
    }

    public LetterFile(Long letterId, byte[] pdf) {
        this.letterId = letterId;
        this.pdf = pdf.clone();
    }

    public byte[] pdf() {
        return pdf.clone();
    }
}
