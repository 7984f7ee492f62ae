package cn.kaifeng.tfs.riskpool.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a pool agreement shares a covered loan's loss (风险分担比例): two or more parties, each with a percentage of at
 * most two decimals, adding up to exactly 100. The pool and the lending bank are always parties; a guarantee company
 * may be a third.
 *
 * <p>Splitting an amount in fen: each party but the bank gets its share rounded down, and the bank takes what is
 * left. So the parts always add up to the amount, the pool never pays a fen more than its percentage (a claim) or
 * receives more than it (a recovery), and the rounding falls on the party that made the loan.
 */
public final class Shares {

    public static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Map<Party, BigDecimal> percent;

    public Shares(Map<Party, BigDecimal> percent) {
        if (percent == null || percent.size() < 2) {
            throw new DomainException("riskpool.shares.twoParties");
        }
        if (!percent.containsKey(Party.POOL) || !percent.containsKey(Party.BANK)) {
            throw new DomainException("riskpool.shares.poolAndBank");
        }
        BigDecimal sum = BigDecimal.ZERO;
        Map<Party, BigDecimal> copy = new EnumMap<>(Party.class);
        for (Map.Entry<Party, BigDecimal> e : percent.entrySet()) {
            BigDecimal p = e.getValue();
            if (p == null
                    || p.signum() <= 0
                    || p.compareTo(HUNDRED) >= 0
                    || p.stripTrailingZeros().scale() > 2) {
                throw new DomainException("riskpool.shares.percentBounds", e.getKey(), p);
            }
            copy.put(e.getKey(), p.setScale(2, RoundingMode.UNNECESSARY));
            sum = sum.add(p);
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new DomainException(
                    "riskpool.shares.sum", sum.stripTrailingZeros().toPlainString());
        }
        this.percent = Collections.unmodifiableMap(copy);
    }

    public BigDecimal percentOf(Party party) {
        return percent.getOrDefault(party, BigDecimal.ZERO);
    }

    public Map<Party, BigDecimal> percent() {
        return percent;
    }

    /** The amount split by the percentages; the parts add up to {@code fen} exactly (see the class comment). */
    public Map<Party, Long> split(long fen) {
        if (fen < 0) {
            throw new DomainException("riskpool.amountNegative");
        }
        Map<Party, Long> parts = new LinkedHashMap<>();
        long given = 0;
        for (Map.Entry<Party, BigDecimal> e : percent.entrySet()) {
            if (e.getKey() == Party.BANK) {
                continue;
            }
            long part = BigDecimal.valueOf(fen)
                    .multiply(e.getValue())
                    .divide(HUNDRED, 0, RoundingMode.DOWN)
                    .longValueExact();
            parts.put(e.getKey(), part);
            given += part;
        }
        parts.put(Party.BANK, fen - given);
        return parts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shares s && s.percent.equals(percent);
    }

    @Override
    public int hashCode() {
        return percent.hashCode();
    }

    @Override
    public String toString() {
        return percent.toString();
    }
}
