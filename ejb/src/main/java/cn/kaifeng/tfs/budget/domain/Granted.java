package cn.kaifeng.tfs.budget.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import java.util.Objects;

/**
 * Support another application of the same beneficiary holds in the same budget year: the amount it has committed
 * (proposed in public notice, or decided) and the amount it would get on its own (its award rule's), which is what
 * 就高 compares.
 */
public record Granted(long id, String number, String programCode, Money committed, Money full) {

    public Granted {
        Objects.requireNonNull(number);
        Objects.requireNonNull(committed);
        full = full == null ? committed : full;
    }
}
