package cn.kaifeng.tfs.shared.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in yuan (人民币元), exact to the fen. Never a double: support amounts end up in letters and
 * bank records, where 0.1 + 0.2 must be 0.3.
 *
 * <p>Amounts in this product are what is applied for, awarded, lent or earned, so they are never negative;
 * the ceiling (one trillion yuan) refuses typing accidents long before any column overflows.
 */
public final class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;

    public static final int SCALE = 2;
    /** 四舍五入, as Chinese public finance rounds. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public static final BigDecimal MAX = new BigDecimal("1000000000000.00");
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

    private final BigDecimal yuan;

    private Money(BigDecimal yuan) {
        this.yuan = yuan;
    }

    /** Exact: an amount with more than two decimals is refused rather than silently rounded. */
    public static Money ofYuan(BigDecimal yuan) {
        if (yuan == null) {
            throw new DomainException("money.required");
        }
        if (yuan.signum() < 0) {
            throw new DomainException("money.negative");
        }
        if (yuan.compareTo(MAX) > 0) {
            throw new DomainException("money.tooLarge");
        }
        if (yuan.stripTrailingZeros().scale() > SCALE) {
            throw new DomainException("money.fen");
        }
        return new Money(yuan.setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    public static Money ofYuan(String yuan) {
        try {
            return ofYuan(new BigDecimal(yuan.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new DomainException("money.format");
        }
    }

    public static Money ofYuan(long yuan) {
        return ofYuan(BigDecimal.valueOf(yuan));
    }

    /** An amount kept in fen (分), as budgets are stored: exact, and summed by the database without rounding. */
    public static Money ofFen(long fen) {
        return ofYuan(BigDecimal.valueOf(fen, SCALE));
    }

    /** The amount in fen (分). */
    public long fen() {
        return yuan.movePointRight(SCALE).longValueExact();
    }

    /** What is left of this amount after {@code other}, and zero rather than a negative amount when it is more. */
    public Money less(Money other) {
        return compareTo(other) <= 0 ? ZERO : minus(other);
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** 万元 is how the plans and most forms state amounts. */
    public static Money ofTenThousandYuan(BigDecimal wan) {
        return ofYuan(wan.multiply(BigDecimal.valueOf(10_000)));
    }

    public Money plus(Money other) {
        return ofYuan(yuan.add(other.yuan));
    }

    /** Refuses to go below zero: a negative amount means a rule upstream is wrong. */
    public Money minus(Money other) {
        return ofYuan(yuan.subtract(other.yuan));
    }

    /** Multiplies by a factor (a rate or ratio) and rounds half up to the fen. */
    public Money times(BigDecimal factor) {
        return ofYuan(yuan.multiply(factor).setScale(SCALE, ROUNDING));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    public BigDecimal yuan() {
        return yuan;
    }

    /** The amount in 万元 without superfluous zeros, e.g. 120 or 12.5; never in exponent notation. */
    public BigDecimal tenThousandYuan() {
        BigDecimal wan =
                yuan.divide(BigDecimal.valueOf(10_000), SCALE + 4, ROUNDING).stripTrailingZeros();
        return wan.scale() < 0 ? wan.setScale(0) : wan;
    }

    @Override
    public int compareTo(Money o) {
        return yuan.compareTo(o.yuan);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && yuan.equals(other.yuan);
    }

    @Override
    public int hashCode() {
        return yuan.hashCode();
    }

    /** Plain decimal yuan, e.g. {@code 1200000.00}; display formatting belongs to the web tier. */
    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
