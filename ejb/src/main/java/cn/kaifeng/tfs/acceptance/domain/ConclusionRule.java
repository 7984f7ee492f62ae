package cn.kaifeng.tfs.acceptance.domain;

import cn.kaifeng.tfs.program.domain.AcceptanceTerms;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The conclusion the panel's score leads to under the program's thresholds: 通过 from {@code passFrom}, 限期整改 from
 * {@code rectifyFrom} in the first round only (a project rectifies once: a second round short of a pass fails), and
 * 不通过 below.
 */
public final class ConclusionRule {

    private ConclusionRule() {}

    public static Conclusion of(BigDecimal panelScore, AcceptanceTerms terms, int round) {
        Objects.requireNonNull(panelScore);
        if (panelScore.compareTo(terms.passFrom()) >= 0) {
            return Conclusion.PASSED;
        }
        if (round == 1 && panelScore.compareTo(terms.rectifyFrom()) >= 0) {
            return Conclusion.RECTIFY;
        }
        return Conclusion.FAILED;
    }
}
