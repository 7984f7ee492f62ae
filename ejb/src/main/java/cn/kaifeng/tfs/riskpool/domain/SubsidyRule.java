package cn.kaifeng.tfs.riskpool.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The interest subsidy (贴息) a pool pays: a share of the interest the enterprise paid on its covered loans, at most
 * a cap per enterprise and calendar year. Rounded down to the fen, so the pool never pays more than the rule says.
 *
 * @param sharePercent of the interest paid, more than 0 and at most 100, at most two decimals
 * @param capPerEnterprisePerYearFen at most this much to one enterprise in one year, more than 0
 */
public record SubsidyRule(BigDecimal sharePercent, long capPerEnterprisePerYearFen) {

    public SubsidyRule {
        if (sharePercent == null
                || sharePercent.signum() <= 0
                || sharePercent.compareTo(Shares.HUNDRED) > 0
                || sharePercent.stripTrailingZeros().scale() > 2) {
            throw new DomainException("riskpool.subsidy.shareBounds", sharePercent);
        }
        if (capPerEnterprisePerYearFen <= 0) {
            throw new DomainException("riskpool.subsidy.capPositive");
        }
    }

    /**
     * The subsidy on interest paid, given what the enterprise already received this year.
     *
     * @param interestPaidFen interest the bank reports as paid, not negative
     * @param alreadyThisYearFen subsidy the enterprise received this year before, not negative
     */
    public long subsidy(long interestPaidFen, long alreadyThisYearFen) {
        if (interestPaidFen < 0 || alreadyThisYearFen < 0) {
            throw new DomainException("riskpool.amountNegative");
        }
        long share = BigDecimal.valueOf(interestPaidFen)
                .multiply(sharePercent)
                .divide(Shares.HUNDRED, 0, RoundingMode.DOWN)
                .longValueExact();
        long room = Math.max(0, capPerEnterprisePerYearFen - alreadyThisYearFen);
        return Math.min(share, room);
    }
}
