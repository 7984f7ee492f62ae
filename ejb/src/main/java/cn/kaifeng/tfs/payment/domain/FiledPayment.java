package cn.kaifeng.tfs.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One line of a payment file: the payment as it was sent, with the payee's account as it was at that moment (the
 * number encrypted). Kept per file, so a file downloaded again is the file that was sent, even after a failed payment
 * was filed again with a corrected account.
 */
@Entity
@Table(name = "payment_file_line")
@IdClass(FiledPayment.Key.class)
public class FiledPayment {

    /** The line's key: the file and the payment. */
    public record Key(Long fileId, Long paymentId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Id
    @Column(name = "payment_id")
    private Long paymentId;

    @Column(name = "payee_name", nullable = false, length = PayeeAccount.MAX_NAME)
    private String payeeName;

    @Column(name = "bank_name", nullable = false, length = PayeeAccount.MAX_NAME)
    private String bankName;

    @Column(name = "account_number", nullable = false, length = 400)
    private AccountNumber accountNumber;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    protected FiledPayment() {
        // for JPA
    }

    public FiledPayment(long fileId, PaymentRequest payment, PayeeAccount account) {
        this.fileId = fileId;
        this.paymentId = payment.id();
        this.payeeName = account.holderName();
        this.bankName = account.bankName();
        this.accountNumber = account.number();
        this.amountFen = payment.amountFen();
    }

    /** The line as written, with the request's purpose, program, budget line and case number. */
    public PaymentFileWriter.Line line(PaymentRequest payment) {
        return new PaymentFileWriter.Line(
                paymentId,
                payeeName,
                accountNumber.digits(),
                bankName,
                amountFen,
                payment.purpose(),
                payment.programCode(),
                payment.budgetLine(),
                payment.caseNumber());
    }

    public Long fileId() {
        return fileId;
    }

    public Long paymentId() {
        return paymentId;
    }

    public long amountFen() {
        return amountFen;
    }
}
