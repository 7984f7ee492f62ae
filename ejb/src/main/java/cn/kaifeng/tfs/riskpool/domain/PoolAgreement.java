package cn.kaifeng.tfs.riskpool.domain;

import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.PolicySource;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a risk-compensation pool agreement (风险补偿资金池合作协议), read from config/pools: which programs'
 * loans it covers, how much money it holds, with which banks, how a loss is shared, the limits on what it covers and
 * the interest subsidy it pays. The reader reports a hostile file's problems with line and path; this constructor
 * is the second line, so that no agreement exists that breaks the rules, however it was made.
 *
 * @param sizeFen the money put into the pool (资金池规模), in fen
 * @param maxLoanFen a loan above this amount is not covered (单笔贷款上限)
 * @param maxBankBalanceFen one bank's covered outstanding balance may not pass this (单家银行上限)
 * @param leverage the pool's covered outstanding balance may not pass leverage × size (放大倍数)
 * @param nplThresholdPercent a bank whose non-performing ratio in the pool is above this gets no new loan covered
 * @param eligibilityDays an ELIGIBLE answer in the bank's query log counts for a loan granted up to this many days
 *     after it (on the day of the answer included)
 * @param secondApprovalAboveFen a claim paying more than this needs a second reviewer's confirmation (四眼原则)
 */
public record PoolAgreement(
        String code,
        int version,
        String contentHash,
        LocalizedText name,
        PolicySource basis,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Set<String> programs,
        long sizeFen,
        List<PoolBank> banks,
        Shares shares,
        long maxLoanFen,
        long maxBankBalanceFen,
        BigDecimal leverage,
        BigDecimal nplThresholdPercent,
        int eligibilityDays,
        long secondApprovalAboveFen,
        SubsidyRule subsidy) {

    /** 100 亿元: no city's pool is near it, and fen times a percentage with two decimals stays far inside a long. */
    public static final long MAX_SIZE_FEN = 1_000_000_000_000L;

    public static final BigDecimal MAX_LEVERAGE = new BigDecimal("20");
    public static final int MAX_ELIGIBILITY_DAYS = 366;

    public PoolAgreement {
        if (code == null || basis == null || name == null || effectiveFrom == null || shares == null) {
            throw new DomainException("riskpool.agreement.incomplete");
        }
        if (version < 1) {
            throw new DomainException("riskpool.agreement.version");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new DomainException("riskpool.agreement.effectiveOrder", effectiveFrom, effectiveTo);
        }
        if (programs == null || programs.isEmpty()) {
            throw new DomainException("riskpool.agreement.noPrograms");
        }
        if (banks == null || banks.isEmpty()) {
            throw new DomainException("riskpool.agreement.noBanks");
        }
        if (banks.stream().map(PoolBank::creditCode).distinct().count() != banks.size()) {
            throw new DomainException("riskpool.agreement.bankTwice");
        }
        checkFen(sizeFen);
        checkFen(maxLoanFen);
        checkFen(maxBankBalanceFen);
        checkFen(secondApprovalAboveFen);
        if (leverage == null
                || leverage.compareTo(BigDecimal.ONE) < 0
                || leverage.compareTo(MAX_LEVERAGE) > 0
                || leverage.stripTrailingZeros().scale() > 2) {
            throw new DomainException("riskpool.agreement.leverageBounds", leverage, MAX_LEVERAGE);
        }
        if (nplThresholdPercent == null
                || nplThresholdPercent.signum() <= 0
                || nplThresholdPercent.compareTo(Shares.HUNDRED) >= 0
                || nplThresholdPercent.stripTrailingZeros().scale() > 2) {
            throw new DomainException("riskpool.agreement.nplBounds", nplThresholdPercent);
        }
        if (eligibilityDays < 0 || eligibilityDays > MAX_ELIGIBILITY_DAYS) {
            throw new DomainException("riskpool.agreement.eligibilityDays", MAX_ELIGIBILITY_DAYS);
        }
        if (subsidy == null) {
            throw new DomainException("riskpool.agreement.incomplete");
        }
        programs = Set.copyOf(programs);
        banks = List.copyOf(banks);
    }

    private static void checkFen(long fen) {
        if (fen <= 0 || fen > MAX_SIZE_FEN) {
            throw new DomainException("riskpool.agreement.amountBounds", MAX_SIZE_FEN / 100);
        }
    }

    /** "RP-KF-CREDIT v1", for logs and problems. */
    public String label() {
        return code + " v" + version;
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public boolean covers(String programCode) {
        return programs.contains(programCode);
    }

    public Optional<PoolBank> bank(UnifiedSocialCreditCode creditCode) {
        return banks.stream().filter(b -> b.creditCode().equals(creditCode)).findFirst();
    }

    /** The most the pool may cover in all: leverage × size, rounded down to the fen. */
    public long leverageLimitFen() {
        return BigDecimal.valueOf(sizeFen)
                .multiply(leverage)
                .setScale(0, RoundingMode.DOWN)
                .longValueExact();
    }
}
