package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Which review steps the program takes and their settings: formal review; an expert panel (its size, whether the
 * extremes are trimmed, the widest spread of scores that is not a disagreement, by default 30 % of a criterion's
 * maximum); public notice (公示) days; the amount above which an approval needs a second reviewer; and the days
 * after a rejection letter within which the applicant may ask online for a review (复核; 0: not online); and where
 * these settings come from ({@code source}, null when the file gives none).
 */
public record ReviewPath(
        boolean formalReview,
        boolean expertPanel,
        int minExperts,
        int publicNoticeDays,
        boolean trimmedMean,
        BigDecimal maxSpread,
        BigDecimal secondApprovalAbove,
        int appealDays,
        PolicySource source)
        implements Serializable {

    /** Four-eyes above one million yuan unless the program says otherwise. */
    public static final BigDecimal DEFAULT_SECOND_APPROVAL_ABOVE = new BigDecimal("1000000");

    /** The default spread limit, as a share of the criterion's maximum. */
    static final BigDecimal DEFAULT_SPREAD_SHARE = new BigDecimal("0.3");

    public ReviewPath(boolean formalReview, boolean expertPanel, int minExperts, int publicNoticeDays) {
        this(
                formalReview,
                expertPanel,
                minExperts,
                publicNoticeDays,
                true,
                null,
                DEFAULT_SECOND_APPROVAL_ABOVE,
                0,
                null);
    }

    /** Settings without a cited source (tests, definitions read before sources were given). */
    public ReviewPath(
            boolean formalReview,
            boolean expertPanel,
            int minExperts,
            int publicNoticeDays,
            boolean trimmedMean,
            BigDecimal maxSpread,
            BigDecimal secondApprovalAbove,
            int appealDays) {
        this(
                formalReview,
                expertPanel,
                minExperts,
                publicNoticeDays,
                trimmedMean,
                maxSpread,
                secondApprovalAbove,
                appealDays,
                null);
    }

    /** The widest spread of expert scores for a criterion with this maximum that is not a disagreement. */
    public BigDecimal spreadLimit(BigDecimal criterionMax) {
        return maxSpread != null ? maxSpread : criterionMax.multiply(DEFAULT_SPREAD_SHARE);
    }
}
