package cn.kaifeng.tfs.riskpool.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Whether a pool covers a loan, decided once, when the loan is reported as granted, and kept with the loan: a loan
 * covered then stays covered when the bank's ratio or the pool's balance changes later, and one refused stays
 * refused. The checks run in a fixed order and the first that fails is the reason, with its figures.
 */
public final class Coverage {

    /** What the loan is: who lent to whom, under which program, how much, on which day. */
    public record Loan(
            UnifiedSocialCreditCode bank,
            String programCode,
            UnifiedSocialCreditCode enterprise,
            long amountFen,
            LocalDate grantedOn) {

        public Loan {
            Objects.requireNonNull(bank);
            Objects.requireNonNull(programCode);
            Objects.requireNonNull(enterprise);
            Objects.requireNonNull(grantedOn);
            if (amountFen <= 0) {
                throw new DomainException("riskpool.amountPositive");
            }
        }
    }

    /**
     * What the pool covers when the loan is reported, in fen: all covered loans' outstanding balance, the lending
     * bank's, and the part of the bank's that is non-performing (defaulted and not written off).
     */
    public record Exposure(long poolBalanceFen, long bankBalanceFen, long bankNonPerformingFen) {

        public static final Exposure NONE = new Exposure(0, 0, 0);

        public Exposure {
            if (poolBalanceFen < 0 || bankBalanceFen < 0 || bankNonPerformingFen < 0) {
                throw new DomainException("riskpool.amountNegative");
            }
            if (bankBalanceFen > poolBalanceFen || bankNonPerformingFen > bankBalanceFen) {
                throw new IllegalArgumentException(
                        "inconsistent exposure " + poolBalanceFen + "/" + bankBalanceFen + "/" + bankNonPerformingFen);
            }
        }
    }

    /** One answer of the bank's query log about the enterprise: the day it was given and its result. */
    public record EligibilityProof(LocalDate answeredOn, String result) {}

    /** The decision; when refused, the reason and the figures its message names. */
    public record Decision(boolean covered, CoverageRefusal refusal, List<Object> arguments) {

        static Decision yes() {
            return new Decision(true, null, List.of());
        }

        static Decision no(CoverageRefusal refusal, Object... arguments) {
            return new Decision(false, refusal, List.of(arguments));
        }

        public String messageKey() {
            return covered ? "riskpool.covered" : "riskpool.refusal." + refusal.name();
        }
    }

    /** The result the eligibility answer records when one of the enterprise's programs is ELIGIBLE. */
    public static final String ELIGIBLE = "ELIGIBLE";

    private Coverage() {}

    public static Decision decide(
            PoolAgreement pool, Loan loan, Exposure exposure, Collection<EligibilityProof> proofs) {
        if (!pool.inForceOn(loan.grantedOn())) {
            return Decision.no(CoverageRefusal.POOL_NOT_IN_FORCE, pool.effectiveFrom());
        }
        if (!pool.covers(loan.programCode())) {
            return Decision.no(CoverageRefusal.PROGRAM_NOT_COVERED, loan.programCode());
        }
        if (pool.bank(loan.bank()).isEmpty()) {
            return Decision.no(CoverageRefusal.BANK_NOT_IN_POOL);
        }
        LocalDate earliest = loan.grantedOn().minusDays(pool.eligibilityDays());
        boolean proven = proofs.stream()
                .anyMatch(p -> ELIGIBLE.equals(p.result())
                        && !p.answeredOn().isAfter(loan.grantedOn())
                        && !p.answeredOn().isBefore(earliest));
        if (!proven) {
            return Decision.no(CoverageRefusal.NO_ELIGIBILITY_PROOF, pool.eligibilityDays());
        }
        if (loan.amountFen() > pool.maxLoanFen()) {
            return Decision.no(CoverageRefusal.LOAN_ABOVE_CAP, yuan(pool.maxLoanFen()));
        }
        if (exceedsThreshold(exposure, pool.nplThresholdPercent())) {
            return Decision.no(
                    CoverageRefusal.BANK_NPL_ABOVE_THRESHOLD,
                    ratioPercent(exposure).toPlainString(),
                    pool.nplThresholdPercent().toPlainString());
        }
        if (exposure.bankBalanceFen() + loan.amountFen() > pool.maxBankBalanceFen()) {
            return Decision.no(
                    CoverageRefusal.BANK_CAP, yuan(exposure.bankBalanceFen()), yuan(pool.maxBankBalanceFen()));
        }
        if (exposure.poolBalanceFen() + loan.amountFen() > pool.leverageLimitFen()) {
            return Decision.no(
                    CoverageRefusal.LEVERAGE, yuan(exposure.poolBalanceFen()), yuan(pool.leverageLimitFen()));
        }
        return Decision.yes();
    }

    /** Non-performing ÷ covered balance above the threshold, compared exactly (no division). */
    static boolean exceedsThreshold(Exposure exposure, BigDecimal thresholdPercent) {
        return BigDecimal.valueOf(exposure.bankNonPerformingFen())
                        .multiply(Shares.HUNDRED)
                        .compareTo(BigDecimal.valueOf(exposure.bankBalanceFen()).multiply(thresholdPercent))
                > 0;
    }

    /** The bank's non-performing ratio in per cent, two decimals, for the message (0 without a balance). */
    public static BigDecimal ratioPercent(Exposure exposure) {
        if (exposure.bankBalanceFen() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(exposure.bankNonPerformingFen())
                .multiply(Shares.HUNDRED)
                .divide(BigDecimal.valueOf(exposure.bankBalanceFen()), 2, java.math.RoundingMode.HALF_UP);
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
