package cn.kaifeng.tfs.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The signed PDF of an agreement, byte for byte as issued, apart from its row so that lists never load it. */
@Entity
@Table(name = "agreement_file")
public class AgreementFile {

    @Id
    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(nullable = false)
    private byte[] pdf;

    protected AgreementFile() {
        // for JPA
    }

    public AgreementFile(Long agreementId, byte[] pdf) {
        this.agreementId = agreementId;
        this.pdf = pdf.clone();
    }

    public byte[] pdf() {
        return pdf.clone();
    }
}
