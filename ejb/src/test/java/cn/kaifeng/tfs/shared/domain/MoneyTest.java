package cn.kaifeng.tfs.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} yuan -> {1}")
    @CsvSource({"0, 0.00", "1, 1.00", "0.1, 0.10", "1200000, 1200000.00", "1000000000000, 1000000000000.00"})
    void keepsExactYuanToTheFen(String input, String expected) {
        assertEquals(expected, Money.ofYuan(input).toString());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "-0.01            | money.negative",
                "1000000000000.01 | money.tooLarge",
                "0.001            | money.fen",
                "abc              | money.format",
                "1e400            | money.tooLarge",
                "NaN              | money.format",
            })
    void refusesWhatIsNotAnAmount(String input, String reason) {
        assertEquals(
                reason,
                assertThrows(DomainException.class, () -> Money.ofYuan(input)).messageKey());
    }

    @Test
    void addsWithoutFloatingPointErrors() {
        assertEquals(Money.ofYuan("0.30"), Money.ofYuan("0.10").plus(Money.ofYuan("0.20")));
    }

    @Test
    void multipliesAndRoundsHalfUpToTheFen() {
        assertEquals(Money.ofYuan("0.02"), Money.ofYuan("0.05").times(new BigDecimal("0.3")));
        assertEquals(Money.ofYuan("333333.33"), Money.ofYuan("1000000").times(new BigDecimal("0.333333333")));
        assertEquals(Money.ofYuan("0.01"), Money.ofYuan("0.01").times(new BigDecimal("0.5")));
    }

    @Test
    void neverGoesNegative() {
        assertEquals(
                "money.negative",
                assertThrows(DomainException.class, () -> Money.ofYuan(1).minus(Money.ofYuan(2)))
                        .messageKey());
        assertTrue(Money.ofYuan(2).minus(Money.ofYuan(2)).isZero());
    }

    @Test
    void convertsTenThousandYuan() {
        assertEquals(Money.ofYuan(1_200_000), Money.ofTenThousandYuan(new BigDecimal("120")));
        assertEquals(new BigDecimal("120"), Money.ofYuan(1_200_000).tenThousandYuan());
    }

    @Test
    void equalityIgnoresHowTheAmountWasWritten() {
        assertEquals(Money.ofYuan("5"), Money.ofYuan("5.00"));
        assertEquals(Money.ofYuan("5").hashCode(), Money.ofYuan("5.0").hashCode());
        assertEquals(Money.ofYuan("3"), Money.ofYuan("3").min(Money.ofYuan("4")));
    }
}
