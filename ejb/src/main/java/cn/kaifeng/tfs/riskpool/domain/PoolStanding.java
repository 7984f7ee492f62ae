package cn.kaifeng.tfs.riskpool.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a pool stands, as the bureau watches it (监测): its size, what it covers now against its leverage limit, and
 * each bank's covered balance and non-performing ratio against the agreement's threshold, with an alert for each
 * limit crossed or near. Computed from the loans' coverage rows alone, with exact arithmetic: ratios are compared by
 * cross-multiplying, and only the figures shown are divided (two decimals, half up).
 *
 * <p>Money the pool has paid out or got back (claims, recoveries after payout) is not in the coverage rows; it joins
 * as a figure of its own beside these ({@link Standing} is a record to extend), not by changing how they are counted.
 */
public final class PoolStanding {

    /** The share of the leverage limit at which the bureau is warned, before new loans start being refused. */
    public static final BigDecimal LEVERAGE_ALERT_PERCENT = new BigDecimal("90");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** One loan's coverage row: which bank, covered or not, what the pool counts for it, non-performing or not. */
    public record CoveredLoan(String bank, boolean covered, long coveredBalanceFen, boolean nonPerforming) {

        public CoveredLoan {
            Objects.requireNonNull(bank);
            if (coveredBalanceFen < 0 || !covered && coveredBalanceFen != 0) {
                throw new IllegalArgumentException("a refused loan counts nothing; a balance is never negative");
            }
        }
    }

    /**
     * One bank in the pool. The ratio is its non-performing covered balance over its covered balance, in per cent
     * (0 without a balance); above the threshold its new loans are refused coverage.
     */
    public record BankStanding(
            String bank,
            int loansCovered,
            int loansRefused,
            long coveredBalanceFen,
            long nonPerformingFen,
            BigDecimal nplRatioPercent,
            boolean aboveThreshold) {}

    /** What an alert is about. */
    public enum AlertKind {
        /** A bank's non-performing ratio is above the agreement's threshold: its new loans are refused. */
        BANK_NPL_ABOVE_THRESHOLD,
        /** The pool's covered balance has reached {@link #LEVERAGE_ALERT_PERCENT} of its leverage limit. */
        LEVERAGE_NEAR_LIMIT
    }

    /**
     * An alert with the figures its message names: for a bank, the bank, its ratio and the threshold; for the
     * leverage, the share used and the share that warns.
     */
    public record Alert(AlertKind kind, String bank, String figure, String limit) {

        /** The message {@code riskpool.alert.<KIND>} names the bank (if any), then the figure, then the limit. */
        public String messageKey() {
            return "riskpool.alert." + kind.name();
        }
    }

    /**
     * A pool's standing.
     *
     * @param leverageLimitFen leverage × size: the most the pool may cover
     * @param leverageUsedPercent covered balance ÷ (leverage × size), in per cent, two decimals
     */
    public record Standing(
            String poolCode,
            int version,
            long sizeFen,
            BigDecimal leverage,
            long leverageLimitFen,
            long coveredBalanceFen,
            BigDecimal leverageUsedPercent,
            BigDecimal nplThresholdPercent,
            List<BankStanding> banks,
            List<Alert> alerts) {

        public Standing {
            banks = List.copyOf(banks);
            alerts = List.copyOf(alerts);
        }
    }

    private PoolStanding() {}

    /**
     * The standing of the pool under the agreement (its size, leverage and threshold) with the given loans, which
     * are all the loans decided under any version of it. Banks are listed in the order given in {@code parties}
     * (those of the agreement, with no loan yet too), then any other bank with a loan, in the loans' order.
     */
    public static Standing of(PoolAgreement agreement, List<String> parties, Collection<CoveredLoan> loans) {
        Map<String, long[]> byBank = new LinkedHashMap<>();
        // per bank: loans covered, loans refused, covered balance, non-performing balance
        parties.forEach(p -> byBank.put(p, new long[4]));
        long pool = 0;
        for (CoveredLoan loan : loans) {
            long[] sums = byBank.computeIfAbsent(loan.bank(), b -> new long[4]);
            if (loan.covered()) {
                sums[0]++;
                sums[2] += loan.coveredBalanceFen();
                if (loan.nonPerforming()) {
                    sums[3] += loan.coveredBalanceFen();
                }
                pool += loan.coveredBalanceFen();
            } else {
                sums[1]++;
            }
        }
        BigDecimal threshold = agreement.nplThresholdPercent();
        List<BankStanding> banks = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        for (Map.Entry<String, long[]> e : byBank.entrySet()) {
            long[] s = e.getValue();
            Coverage.Exposure exposure = new Coverage.Exposure(s[2], s[2], s[3]);
            boolean above = Coverage.exceedsThreshold(exposure, threshold);
            BigDecimal ratio = Coverage.ratioPercent(exposure);
            banks.add(new BankStanding(e.getKey(), (int) s[0], (int) s[1], s[2], s[3], ratio, above));
            if (above) {
                alerts.add(new Alert(
                        AlertKind.BANK_NPL_ABOVE_THRESHOLD,
                        e.getKey(),
                        ratio.toPlainString(),
                        threshold.toPlainString()));
            }
        }
        long limit = agreement.leverageLimitFen();
        BigDecimal used =
                BigDecimal.valueOf(pool).multiply(HUNDRED).divide(BigDecimal.valueOf(limit), 2, RoundingMode.HALF_UP);
        // covered × 100 ≥ limit × 90, compared exactly: a rounded 89.996 % must not warn
        if (BigDecimal.valueOf(pool)
                        .multiply(HUNDRED)
                        .compareTo(BigDecimal.valueOf(limit).multiply(LEVERAGE_ALERT_PERCENT))
                >= 0) {
            alerts.add(new Alert(
                    AlertKind.LEVERAGE_NEAR_LIMIT, null, used.toPlainString(), LEVERAGE_ALERT_PERCENT.toPlainString()));
        }
        return new Standing(
                agreement.code(),
                agreement.version(),
                agreement.sizeFen(),
                agreement.leverage(),
                limit,
                pool,
                used,
                threshold,
                banks,
                alerts);
    }
}
