package cn.kaifeng.tfs.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaifeng.tfs.recovery.domain.RecoveryNoticeText;
import cn.kaifeng.tfs.recovery.domain.RecoveryReason;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words a recovery notice fills in: exact rates, the reason's kind and words, the 失信 period. */
class RecoveryNoticeTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "0.0365|逾期缴回的，自缴回期限次日起按年利率3.65%按日计收利息（单利），利息与本金一并缴回，先抵利息。",
                "0.24|逾期缴回的，自缴回期限次日起按年利率24%按日计收利息（单利），利息与本金一并缴回，先抵利息。",
                "0.00001|逾期缴回的，自缴回期限次日起按年利率0.001%按日计收利息（单利），利息与本金一并缴回，先抵利息。",
                "0|逾期缴回的，不计收利息。",
                "NULL|逾期缴回的，不计收利息。",
            })
    void theRateIsPrintedExactly(BigDecimal rate, String sentence) {
        assertEquals(sentence, RecoveryNoticeText.interest(rate));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "BREACH|未按期报送进展|违反任务书约定（未按期报送进展）",
                "FAILED_ACCEPTANCE|NULL|项目验收不通过",
                "FAILED_ACCEPTANCE|'  '|项目验收不通过",
            })
    void theReasonSaysItsKindThenTheReviewersWords(RecoveryReason reason, String text, String said) {
        assertEquals(said, RecoveryNoticeText.reason(reason, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "NULL",
            value = {"24, 24个月", "NULL, （期限依有关规定确定）"})
    void theCreditPeriod(Integer months, String said) {
        assertEquals(said, RecoveryNoticeText.creditMonths(months));
    }
}
