package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One criterion as assessed: points (null while experts have not scored), maximum, the pass rule's minimum for it if
 * any, and why.
 */
public record CriterionResult(
        String code,
        LocalizedText name,
        PolicySource source,
        BigDecimal points,
        BigDecimal max,
        boolean bonus,
        Minimum minimum,
        Explanation explanation)
        implements Serializable {

    public boolean pending() {
        return points == null;
    }
}
