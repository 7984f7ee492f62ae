package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A section's criteria and total. {@code uncapped} is the plain sum; {@code points} never exceeds {@code max},
 * which is how bonus items are bounded. {@code minimum} is the pass rule's minimum for this section, if any.
 */
public record SectionResult(
        String code,
        LocalizedText name,
        BigDecimal points,
        BigDecimal uncapped,
        BigDecimal max,
        Minimum minimum,
        List<CriterionResult> criteria)
        implements Serializable {

    public boolean capped() {
        return uncapped.compareTo(points) > 0;
    }

    public boolean pending() {
        return criteria.stream().anyMatch(CriterionResult::pending);
    }
}
