package cn.kaifeng.tfs.program.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decimal literals in program expressions compare and compute exactly against BigDecimal facts. */
class ExpressionTest {

    static Facts x(String value) {
        return Facts.of(Map.of("x", new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{1} with x = {0} is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0.1 | x >= 0.1 | true",
                "0.0999 | x >= 0.1 | false",
                "0.3 | x <= 0.3 | true",
                "0.3000001 | x <= 0.3 | false",
                "0.8 | x == 0.8 | true",
                "0.05 | Fn.ratio(x, 1) >= 0.05 | true",
                "0.1 | x >= 1e-1 | true",
                "0.1 | x >= 1.0E-1 | true",
                "0.1 | x >= .1 | true",
                "3 | x >= 3 | true"
            })
    void decimalLiteralsAreExactAtTheBoundary(String value, String expression, boolean expected) {
        assertEquals(expected, Expression.compile(expression).test(x(value)));
    }

    @Test
    void arithmeticWithADecimalLiteralIsExact() {
        BigDecimal result = Expression.compile("x * 0.1").number(x("3"));
        assertEquals(new BigDecimal("0.3"), result.stripTrailingZeros());
        BigDecimal conditional =
                Expression.compile("x >= 85 ? x * 0.3 : x * 0.2").number(x("10"));
        assertEquals(new BigDecimal("2"), conditional.stripTrailingZeros());
    }

    @Test
    void quotedTextAndNamesWithDigitsStayAsWritten() {
        Facts facts = Facts.of(Map.of("code", "0.5", "rate2", new BigDecimal("0.5")));
        assertTrue(Expression.compile("code == '0.5'").test(facts));
        assertTrue(Expression.compile("code == \"0.5\"").test(facts));
        assertTrue(Expression.compile("rate2 >= 0.5").test(facts));
        assertFalse(Expression.compile("code == 'it\\'s 0.5'").test(facts));
        assertEquals("rate2 >= Fn.decimal('0.5')", Expression.exactDecimals("rate2 >= 0.5"));
        assertEquals("Fn.hasAny(x, 'A,B') and y > 2", Expression.exactDecimals("Fn.hasAny(x, 'A,B') and y > 2"));
    }

    @Test
    void theSourceIsKeptAsWritten() {
        assertEquals("x >= 0.1", Expression.compile("x >= 0.1").source());
    }
}
