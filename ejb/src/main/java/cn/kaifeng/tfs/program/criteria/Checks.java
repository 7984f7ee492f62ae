package cn.kaifeng.tfs.program.criteria;

import cn.kaifeng.tfs.program.definition.Spec;
import java.math.BigDecimal;

/** Checks shared by criterion types while they read their part of a file. */
final class Checks {

    private Checks() {}

    /** A required number that must not be negative (points, caps). */
    static BigDecimal nonNegative(Spec spec, String key) {
        BigDecimal value = spec.decimal(key);
        if (value != null && value.signum() < 0) {
            spec.get(key).problem("negative", value);
            return null;
        }
        return value;
    }
}
