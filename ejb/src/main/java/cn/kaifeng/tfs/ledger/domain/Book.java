package cn.kaifeng.tfs.ledger.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The book of one program's budget year and round (0: the whole year). Each operation is one posting, applied to
 * the figures kept on the book (so a check needs no sum over its history) and returned for the caller to store; an
 * operation that would spend money that is not there is refused and changes nothing: committing beyond what is
 * available, paying an award beyond what is committed to it, recovering beyond what was paid to it, lowering the
 * budget below what is committed, paid and recovered. The figures always equal the fold of the postings
 * ({@link Balances}), which the property tests check.
 */
@Entity
@Table(name = "ledger_book")
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_book_seq")
    @SequenceGenerator(name = "ledger_book_seq", sequenceName = "ledger_book_seq", allocationSize = 1)
    private Long id;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    @Column(name = "budget_year", nullable = false)
    private int budgetYear;

    @Column(name = "round_no", nullable = false)
    private int round;

    /** The credit balance of BUDGET: what the program was given. */
    @Column(name = "budget_fen", nullable = false)
    private long budgetFen;

    @Column(name = "committed_fen", nullable = false)
    private long committedFen;

    @Column(name = "paid_fen", nullable = false)
    private long paidFen;

    @Column(name = "recovered_fen", nullable = false)
    private long recoveredFen;

    @Version
    private long version;

    protected Book() {
        // for JPA
    }

    public Book(String programCode, int budgetYear, int round) {
        this.programCode = Objects.requireNonNull(programCode);
        this.budgetYear = budgetYear;
        this.round = round;
    }

    /**
     * The budget becomes {@code amount}: the difference is posted (more: AVAILABLE from BUDGET; less: back). Nothing
     * when it is unchanged; refused when less would leave less than what is already committed, paid and recovered.
     */
    public Optional<Posting> setBudget(Money amount, SourceKind kind, Long sourceId, String by, Instant at) {
        long target = amount.fen();
        if (target < 0) {
            throw new DomainException("ledger.amountPositive");
        }
        long difference = target - budgetFen;
        if (difference == 0) {
            return Optional.empty();
        }
        if (difference < 0 && -difference > availableFen()) {
            throw new DomainException(
                    "ledger.budgetBelowUsed",
                    amount.yuan(),
                    Money.ofFen(committedFen + paidFen + recoveredFen).yuan());
        }
        return Optional.of(
                difference > 0
                        ? post(Account.AVAILABLE, Account.BUDGET, difference, kind, sourceId, null, by, at)
                        : post(Account.BUDGET, Account.AVAILABLE, -difference, kind, sourceId, null, by, at));
    }

    /** An award's amount is reserved: COMMITTED from AVAILABLE, refused beyond what is available. */
    public Posting commit(long awardId, Money amount, SourceKind kind, Long sourceId, String by, Instant at) {
        requirePositive(amount);
        if (amount.fen() > availableFen()) {
            throw new DomainException(
                    "ledger.beyondAvailable", amount.yuan(), available().yuan());
        }
        return post(Account.COMMITTED, Account.AVAILABLE, amount.fen(), kind, sourceId, awardId, by, at);
    }

    /** What is still committed to an award goes back to AVAILABLE (a decision undone); nothing when none is. */
    public Optional<Posting> release(AwardShare award, SourceKind kind, Long sourceId, String by, Instant at) {
        if (award.committedFen() <= 0) {
            return Optional.empty();
        }
        return Optional.of(post(
                Account.AVAILABLE, Account.COMMITTED, award.committedFen(), kind, sourceId, award.awardId(), by, at));
    }

    /** A payment to an award: PAID from its COMMITTED, refused beyond what is committed to that award. */
    public Posting pay(AwardShare award, Money amount, Long paymentId, String by, Instant at) {
        requirePositive(amount);
        if (amount.fen() > award.committedFen()) {
            throw new DomainException(
                    "ledger.beyondCommitted", amount.yuan(), award.committed().yuan());
        }
        return post(
                Account.PAID, Account.COMMITTED, amount.fen(), SourceKind.PAYMENT, paymentId, award.awardId(), by, at);
    }

    /** Money recovered from an award: RECOVERED from its PAID, refused beyond what was paid to it. */
    public Posting recover(AwardShare award, Money amount, Long recoveryId, String by, Instant at) {
        requirePositive(amount);
        if (amount.fen() > award.paidFen()) {
            throw new DomainException(
                    "ledger.beyondPaid", amount.yuan(), award.paid().yuan());
        }
        return post(
                Account.RECOVERED,
                Account.PAID,
                amount.fen(),
                SourceKind.RECOVERY,
                recoveryId,
                award.awardId(),
                by,
                at);
    }

    private static void requirePositive(Money amount) {
        if (amount == null || amount.fen() <= 0) {
            throw new DomainException("ledger.amountPositive");
        }
    }

    private Posting post(
            Account debit,
            Account credit,
            long fen,
            SourceKind kind,
            Long sourceId,
            Long awardId,
            String by,
            Instant at) {
        Posting posting = new Posting(id == null ? 0 : id, debit, credit, fen, kind, sourceId, awardId, by, at);
        move(debit, fen);
        move(credit, -fen);
        return posting;
    }

    /** A change of an account's balance (debits less credits) kept in the figures; AVAILABLE is what is left. */
    private void move(Account account, long fen) {
        switch (account) {
            case BUDGET -> budgetFen = Math.subtractExact(budgetFen, fen);
            case COMMITTED -> committedFen = Math.addExact(committedFen, fen);
            case PAID -> paidFen = Math.addExact(paidFen, fen);
            case RECOVERED -> recoveredFen = Math.addExact(recoveredFen, fen);
            case AVAILABLE -> {
                // derived: the budget less what is committed, paid and recovered
            }
        }
    }

    /**
     * The budget less what is committed, paid and recovered, in fen. Below zero only in a book taken over from
     * decisions made beyond their budget before the ledger existed; then nothing more can be committed.
     */
    public long availableFen() {
        return budgetFen - committedFen - paidFen - recoveredFen;
    }

    public Long id() {
        return id;
    }

    public String programCode() {
        return programCode;
    }

    public int budgetYear() {
        return budgetYear;
    }

    public int round() {
        return round;
    }

    public Money budget() {
        return Money.ofFen(budgetFen);
    }

    /** What is left to commit; zero when the book is overdrawn (see {@link #availableFen()}). */
    public Money available() {
        return Money.ofFen(Math.max(0, availableFen()));
    }

    public Money committed() {
        return Money.ofFen(committedFen);
    }

    public Money paid() {
        return Money.ofFen(paidFen);
    }

    public Money recovered() {
        return Money.ofFen(recoveredFen);
    }

    /** The balance the figures give an account (debits less credits), to compare with the fold of the postings. */
    public long balanceOf(Account account) {
        return switch (account) {
            case BUDGET -> -budgetFen;
            case AVAILABLE -> availableFen();
            case COMMITTED -> committedFen;
            case PAID -> paidFen;
            case RECOVERED -> recoveredFen;
        };
    }
}
