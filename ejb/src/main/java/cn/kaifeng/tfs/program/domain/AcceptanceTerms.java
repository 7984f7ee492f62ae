package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the program concludes an acceptance (验收) from the expert panel's score out of 100: 通过 at {@code passFrom}
 * or more, 限期整改 at {@code rectifyFrom} or more (the project is accepted again once, within
 * {@code rectifyMonths}), 不通过 below; and the days a recovery order opened on a failed acceptance gives the
 * recipient to repay ({@code recoveryDueDays}). Read from the optional {@code agreement.acceptance:} block; a program
 * that does not say takes {@link #DEFAULTS}, so versions written before the block existed still read.
 */
public record AcceptanceTerms(BigDecimal passFrom, BigDecimal rectifyFrom, int rectifyMonths, int recoveryDueDays)
        implements Serializable {

    /**
     * 80 and 60 are the bands the bureau's expert panels already use for 优良/合格/不合格 ratings; three months of
     * rectification and 30 days to repay are what the bureau's notices give when a project fails (the program may
     * say otherwise).
     */
    public static final AcceptanceTerms DEFAULTS =
            new AcceptanceTerms(new BigDecimal("80"), new BigDecimal("60"), 3, 30);

    public AcceptanceTerms {
        Objects.requireNonNull(passFrom);
        Objects.requireNonNull(rectifyFrom);
    }
}
