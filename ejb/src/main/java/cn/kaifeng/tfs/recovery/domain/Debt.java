package cn.kaifeng.tfs.recovery.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What a recovery order is owed: its principal, and simple interest on the principal still unpaid for every day
 * after the due date, at the program's yearly rate over a year of {@value #DAYS_A_YEAR} days (actual/365, as the
 * PBoC's day count for deposits and the bureau's 资金占用费 practice use).
 *
 * <p>Exactness: the interest of each stretch between payments is {@code principal × rate × days}, summed exactly
 * (fen × a decimal × whole days, no division), and divided by {@value #DAYS_A_YEAR} once, rounded half up
 * (四舍五入) to the fen, only when a figure is read. So the interest never drifts with the number of payments, and
 * what is owed on a day does not depend on how often it was asked.
 *
 * <p>A payment settles the interest owed first and then the principal (民法典 第五百六十一条: 利息, then 主债务).
 * A payment on day d pays the interest up to and including day d; paying on the due date costs no interest.
 */
public final class Debt {

    public static final int DAYS_A_YEAR = 365;

    private static final BigDecimal YEAR = BigDecimal.valueOf(DAYS_A_YEAR);

    /** One payment as the debt counts it: the day and the whole amount in fen. */
    public record Repayment(LocalDate on, long fen) {

        public Repayment {
            Objects.requireNonNull(on);
            if (fen <= 0) {
                throw new DomainException("recovery.paymentPositive");
            }
        }
    }

    /** How one payment is split: interest first, the rest to the principal. */
    public record Split(long interestFen, long principalFen) {

        public long totalFen() {
            return interestFen + principalFen;
        }
    }

    /** What is owed on a day: principal and interest unpaid, and the interest charged so far (paid or not). */
    public record Standing(long principalFen, long interestFen, long interestChargedFen) {

        public long totalFen() {
            return principalFen + interestFen;
        }

        public boolean settled() {
            return totalFen() == 0;
        }
    }

    private final long principalFen;
    private final LocalDate dueDate;
    private final BigDecimal annualRate;
    private final List<Repayment> repayments;

    /** @param repayments in the order they were recorded (their days never go back, {@link #split} refuses that) */
    public Debt(long principalFen, LocalDate dueDate, BigDecimal annualRate, List<Repayment> repayments) {
        if (principalFen <= 0) {
            throw new DomainException("recovery.amountPositive");
        }
        if (annualRate == null || annualRate.signum() < 0) {
            throw new IllegalArgumentException("a rate of zero or more");
        }
        this.principalFen = principalFen;
        this.dueDate = Objects.requireNonNull(dueDate);
        this.annualRate = annualRate;
        this.repayments = List.copyOf(repayments);
    }

    /** What is owed at the end of {@code day}, after the payments recorded up to then. */
    public Standing on(LocalDate day) {
        Walk walk = walkTo(day);
        long charged = walk.chargedFen();
        return new Standing(walk.principal, charged - walk.interestPaid, charged);
    }

    /**
     * How a payment of {@code fen} on {@code day} is split. Refused when nothing is owed, when it is more than what
     * is owed that day (principal and interest), or when its day is before a payment already recorded (payments are
     * recorded in the order they arrived, so that the interest already settled never changes).
     */
    public Split split(LocalDate day, long fen) {
        if (fen <= 0) {
            throw new DomainException("recovery.paymentPositive");
        }
        if (!repayments.isEmpty()
                && day.isBefore(repayments.get(repayments.size() - 1).on())) {
            throw new DomainException(
                    "recovery.paymentBeforeLast",
                    repayments.get(repayments.size() - 1).on());
        }
        Standing owed = on(day);
        if (owed.settled()) {
            throw new DomainException("recovery.nothingOwed");
        }
        if (fen > owed.totalFen()) {
            throw new DomainException("recovery.paymentAboveOwed", yuan(fen), yuan(owed.totalFen()));
        }
        long interest = Math.min(fen, owed.interestFen());
        return new Split(interest, fen - interest);
    }

    /** The payments applied in their order up to {@code day}: principal left, interest paid, exact interest sum. */
    private Walk walkTo(LocalDate day) {
        Walk walk = new Walk();
        for (Repayment r : repayments) {
            if (r.on().isAfter(day)) {
                break;
            }
            walk.accrueTo(r.on());
            long owedInterest = walk.chargedFen() - walk.interestPaid;
            long interest = Math.min(r.fen(), owedInterest);
            walk.interestPaid += interest;
            walk.principal -= Math.min(walk.principal, r.fen() - interest);
        }
        walk.accrueTo(day);
        return walk;
    }

    /** The running state of the walk over the payments. */
    private final class Walk {
        long principal = principalFen;
        long interestPaid;
        /** Σ principal (fen) × rate × late days, before the division by the days of a year. */
        BigDecimal numerator = BigDecimal.ZERO;

        LocalDate accruedTo = dueDate;

        void accrueTo(LocalDate day) {
            if (day.isAfter(accruedTo)) {
                long days = ChronoUnit.DAYS.between(accruedTo, day);
                numerator = numerator.add(
                        BigDecimal.valueOf(principal).multiply(annualRate).multiply(BigDecimal.valueOf(days)));
                accruedTo = day;
            }
        }

        long chargedFen() {
            return numerator.divide(YEAR, 0, RoundingMode.HALF_UP).longValueExact();
        }
    }

    /** Fen as yuan with two decimals, for messages. */
    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
