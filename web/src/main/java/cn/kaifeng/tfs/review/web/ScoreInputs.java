package cn.kaifeng.tfs.review.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An expert's scores as the score form sends them, by criterion or indicator code: a map entry has no type for JSF to
 * convert to, so values arrive as text (or as numbers when a converter ran). Read the same way on every panel's
 * score form (an application's, an acceptance's); what is not a number is left out, for the service to report as
 * "please score this".
 */
public final class ScoreInputs {

    private ScoreInputs() {}

    /** The values that are numbers, in the form's order. */
    public static Map<String, BigDecimal> numbers(Map<String, Object> typed) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        typed.forEach((code, value) -> {
            BigDecimal number = number(value);
            if (number != null) {
                numbers.put(code, number);
            }
        });
        return numbers;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return value == null || value.toString().isBlank()
                    ? null
                    : new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
