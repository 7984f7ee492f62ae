package cn.kaifeng.tfs.budget.domain;

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
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a program may give in one budget year, for the whole year (round 0) or for one round (批次 1, 2, …) that
 * takes the applications submitted up to its closing day. The bureau decides the amounts every year, so they are
 * data an administrator sets, not program definition. Kept in fen, as the ledger built on it will keep its entries.
 */
@Entity
@Table(name = "budget")
public class Budget {

    /** The round of a budget for the whole year. */
    public static final int WHOLE_YEAR = 0;

    public static final int MAX_ROUNDS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_seq")
    @SequenceGenerator(name = "budget_seq", sequenceName = "budget_seq", allocationSize = 1)
    private Long id;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    @Column(name = "budget_year", nullable = false)
    private int budgetYear;

    @Column(name = "round_no", nullable = false)
    private int round;

    /** The last submission day of the round (Beijing time); none for a whole year's budget. */
    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "set_by", nullable = false, length = 32)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    private long version;

    protected Budget() {
        // for JPA
    }

    public Budget(
            String programCode, int budgetYear, int round, LocalDate closesOn, Money amount, String by, Instant now) {
        this.programCode = Objects.requireNonNull(programCode);
        if (budgetYear < 2000 || budgetYear > 2100) {
            throw new DomainException("budget.badYear", budgetYear);
        }
        if (round < WHOLE_YEAR || round > MAX_ROUNDS) {
            throw new DomainException("budget.badRound", round, MAX_ROUNDS);
        }
        this.budgetYear = budgetYear;
        this.round = round;
        this.closesOn = round == WHOLE_YEAR ? null : closesOn;
        if (round != WHOLE_YEAR && (closesOn == null || closesOn.getYear() != budgetYear)) {
            throw new DomainException("budget.roundClosesInYear", budgetYear);
        }
        change(amount, by, now);
    }

    /** A new amount (more when the bureau adds funds, less when it takes them back); the previous is audited. */
    public void change(Money amount, String by, Instant now) {
        if (amount == null || amount.isZero()) {
            throw new DomainException("budget.amountPositive");
        }
        this.amountFen = amount.fen();
        this.setBy = Objects.requireNonNull(by);
        this.setAt = now;
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

    public LocalDate closesOn() {
        return closesOn;
    }

    public Money amount() {
        return Money.ofFen(amountFen);
    }

    public String setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }

    /** "2026 第1批" or "2026 全年", for the audit trail and logs. */
    public String label() {
        return programCode + " " + budgetYear + (round == WHOLE_YEAR ? " 全年" : " 第" + round + "批");
    }
}
