package cn.kaifeng.tfs.payment.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment file sent to the treasury: the day's file (sequence 1, written by the evening timer) or one a finance
 * officer asked for (the next sequence of the day). The pair (day, sequence) is unique in the database, so two nodes
 * writing the same file at once cannot both succeed; its lines are {@link FiledPayment}s.
 */
@Entity
@Table(name = "payment_file")
public class PaymentFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_file_seq")
    @SequenceGenerator(name = "payment_file_seq", sequenceName = "payment_file_seq", allocationSize = 1)
    private Long id;

    @Column(name = "file_date", nullable = false)
    private LocalDate fileDate;

    @Column(name = "seq_no", nullable = false)
    private int seq;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "total_fen", nullable = false)
    private long totalFen;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "returned_at")
    private Instant returnedAt;

    protected PaymentFile() {
        // for JPA
    }

    public PaymentFile(LocalDate fileDate, int seq, String createdBy, Instant createdAt) {
        this.fileDate = fileDate;
        this.seq = seq;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void add(long amountFen) {
        lineCount++;
        totalFen = Math.addExact(totalFen, amountFen);
    }

    public void returned(Instant at) {
        returnedAt = at;
    }

    /** The file's name: {@code ZFWJ-20261207-01.csv} (支付文件, day, sequence). */
    public String fileName() {
        return String.format("ZFWJ-%s-%02d.csv", fileDate.toString().replace("-", ""), seq);
    }

    public Long id() {
        return id;
    }

    public LocalDate fileDate() {
        return fileDate;
    }

    public int seq() {
        return seq;
    }

    public int lineCount() {
        return lineCount;
    }

    public long totalFen() {
        return totalFen;
    }

    public Money total() {
        return Money.ofFen(totalFen);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant returnedAt() {
        return returnedAt;
    }
}
