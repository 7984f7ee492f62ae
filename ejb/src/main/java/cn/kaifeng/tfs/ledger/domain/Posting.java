package cn.kaifeng.tfs.ledger.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a book: {@code amount} fen debited to one account and credited to another, for a source (its kind and
 * id: a budget row, an application's decision, a payment, a recovery) and, when the money is an award's, the award
 * (the application) it belongs to. Never changed once written: a correction is a new posting the other way.
 */
@Entity
@Table(name = "ledger_posting")
public class Posting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_posting_seq")
    @SequenceGenerator(name = "ledger_posting_seq", sequenceName = "ledger_posting_seq", allocationSize = 50)
    private Long id;

    @Column(name = "book_id", nullable = false)
    private long bookId;

    @Enumerated(EnumType.STRING)
    @Column(name = "debit_account", nullable = false, length = 12)
    private Account debit;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_account", nullable = false, length = 12)
    private Account credit;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 12)
    private SourceKind sourceKind;

    @Column(name = "source_id")
    private Long sourceId;

    /** The application whose award the money is; none for the budget's own postings. */
    @Column(name = "award_id")
    private Long awardId;

    @Column(name = "posted_by", nullable = false, length = 32)
    private String postedBy;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected Posting() {
        // for JPA
    }

    Posting(
            long bookId,
            Account debit,
            Account credit,
            long amountFen,
            SourceKind sourceKind,
            Long sourceId,
            Long awardId,
            String postedBy,
            Instant postedAt) {
        if (amountFen <= 0 || debit == credit) {
            throw new IllegalArgumentException("a posting moves a positive amount between two accounts");
        }
        this.bookId = bookId;
        this.debit = Objects.requireNonNull(debit);
        this.credit = Objects.requireNonNull(credit);
        this.amountFen = amountFen;
        this.sourceKind = Objects.requireNonNull(sourceKind);
        this.sourceId = sourceId;
        this.awardId = awardId;
        this.postedBy = Objects.requireNonNull(postedBy);
        this.postedAt = Objects.requireNonNull(postedAt);
    }

    public Long id() {
        return id;
    }

    public long bookId() {
        return bookId;
    }

    public Account debit() {
        return debit;
    }

    public Account credit() {
        return credit;
    }

    public long amountFen() {
        return amountFen;
    }

    public Money amount() {
        return Money.ofFen(amountFen);
    }

    public SourceKind sourceKind() {
        return sourceKind;
    }

    public Long sourceId() {
        return sourceId;
    }

    public Long awardId() {
        return awardId;
    }

    public String postedBy() {
        return postedBy;
    }

    public Instant postedAt() {
        return postedAt;
    }

    /** What the posting does to an account's balance (debits less credits), in fen. */
    public long effectOn(Account account) {
        return (account == debit ? amountFen : 0) - (account == credit ? amountFen : 0);
    }
}
