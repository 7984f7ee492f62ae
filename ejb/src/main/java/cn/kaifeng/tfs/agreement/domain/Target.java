package cn.kaifeng.tfs.agreement.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.math.BigDecimal;

/**
 * A target value the applicant proposes for an indicator: a number (in the indicator's unit), not negative, with at
 * most four decimals and below a trillion, so that it fits its column and a typing accident is caught here.
 */
public final class Target {

    static final BigDecimal MAX = new BigDecimal("1000000000000");
    static final int MAX_SCALE = 4;

    private Target() {}

    /** The value, checked; {@code indicator} names the indicator in the message. */
    public static BigDecimal of(BigDecimal value, String indicator) {
        if (value == null) {
            throw new DomainException("agreement.targetMissing", indicator);
        }
        if (value.signum() < 0) {
            throw new DomainException("agreement.targetNegative", indicator);
        }
        if (value.compareTo(MAX) >= 0 || value.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new DomainException("agreement.targetRange", indicator);
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
