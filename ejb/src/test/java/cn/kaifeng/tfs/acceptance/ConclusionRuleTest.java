package cn.kaifeng.tfs.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaifeng.tfs.acceptance.domain.Conclusion;
import cn.kaifeng.tfs.acceptance.domain.ConclusionRule;
import cn.kaifeng.tfs.program.domain.AcceptanceTerms;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The conclusion a panel's score leads to: the edges belong to the better band; rectification only once. */
class ConclusionRuleTest {

    @ParameterizedTest(name = "{0} in round {1} under pass {2}, rectify {3}: {4}")
    @CsvSource({
        "80.00, 1, 80, 60, PASSED",
        "100.00, 2, 80, 60, PASSED",
        "79.99, 1, 80, 60, RECTIFY",
        "60.00, 1, 80, 60, RECTIFY",
        "59.99, 1, 80, 60, FAILED",
        "0.00, 1, 80, 60, FAILED",
        "79.99, 2, 80, 60, FAILED", // a second round short of a pass fails
        "85.00, 1, 90, 70, RECTIFY",
        "70.00, 1, 70, 70, PASSED", // equal thresholds: no rectification band
        "69.99, 1, 70, 70, FAILED",
    })
    void theScoreLeadsToItsBand(String score, int round, String pass, String rectify, Conclusion expected) {
        AcceptanceTerms terms = new AcceptanceTerms(new BigDecimal(pass), new BigDecimal(rectify), 3, 30);
        assertEquals(expected, ConclusionRule.of(new BigDecimal(score), terms, round));
    }
}
