package cn.kaifeng.tfs.matching.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import java.util.Objects;

/**
 * The amount matching expects, always labelled 预估: never a promise, since the bureau decides on the application.
 * {@code EXACT}: the award formula over facts the profile states. {@code UP_TO}: the formula needs facts the profile
 * does not state, so only the program's cap is known. {@code NONE}: no amount to tell (no award, or no cap).
 */
public record Estimate(Kind kind, Money amount) {

    public enum Kind {
        EXACT,
        UP_TO,
        NONE
    }

    public static final Estimate NONE = new Estimate(Kind.NONE, null);

    public Estimate {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.NONE) != (amount == null)) {
            throw new IllegalArgumentException("an estimate has an amount unless it is NONE");
        }
    }
}
