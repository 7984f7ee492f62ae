package cn.kaifeng.tfs.program.expression;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Helpers available in every program expression as {@code Fn.name(...)}: the arithmetic policy texts need
 * (ratios, growth rates, caps, counting in repeated groups) with nulls and zero divisors handled, so a
 * definition never has to guard them itself. Results are BigDecimal, never double.
 */
public final class Fn {

    private static final MathContext PRECISION = new MathContext(16, RoundingMode.HALF_UP);

    /** The functions by {@code name/arity}: every public static method, and nothing else, is one. */
    static final Map<String, Method> FUNCTIONS = Arrays.stream(Fn.class.getMethods())
            .filter(m -> m.getDeclaringClass() == Fn.class && Modifier.isStatic(m.getModifiers()))
            .collect(Collectors.toUnmodifiableMap(m -> m.getName() + "/" + m.getParameterCount(), m -> m));

    private Fn() {}

    /** a / b, or 0 when b is 0 or missing. */
    public static BigDecimal ratio(Object a, Object b) {
        BigDecimal divisor = number(b);
        return divisor.signum() == 0 ? BigDecimal.ZERO : number(a).divide(divisor, PRECISION);
    }

    /** Growth from an earlier to a later value, e.g. 0.25 for +25 %; 0 when the earlier value is 0 or missing. */
    public static BigDecimal growth(Object earlier, Object later) {
        BigDecimal before = number(earlier);
        return before.signum() == 0
                ? BigDecimal.ZERO
                : number(later).subtract(before).divide(before.abs(), PRECISION);
    }

    /**
     * A decimal literal of an expression, exactly: the expression compiler writes {@code 0.1} as
     * {@code Fn.decimal('0.1')}, so that it never passes through a double.
     */
    public static BigDecimal decimal(String literal) {
        return new BigDecimal(literal);
    }

    public static BigDecimal min(Object a, Object b) {
        return number(a).min(number(b));
    }

    public static BigDecimal max(Object a, Object b) {
        return number(a).max(number(b));
    }

    /** Number of items in a multi-choice or repeated group; 0 when missing. */
    public static int count(Object items) {
        return items instanceof Collection<?> c ? c.size() : 0;
    }

    /** Number of rows of a repeated group whose {@code field} equals {@code value}. */
    public static int countWhere(Object rows, String field, Object value) {
        if (!(rows instanceof Collection<?> c)) {
            return 0;
        }
        int n = 0;
        for (Object row : c) {
            if (row instanceof Map<?, ?> m && value != null && value.toString().equals(String.valueOf(m.get(field)))) {
                n++;
            }
        }
        return n;
    }

    /** Sum of a numeric field over the rows of a repeated group. */
    public static BigDecimal sum(Object rows, String field) {
        BigDecimal total = BigDecimal.ZERO;
        if (rows instanceof Collection<?> c) {
            for (Object row : c) {
                if (row instanceof Map<?, ?> m) {
                    total = total.add(number(m.get(field)));
                }
            }
        }
        return total;
    }

    /** Whether a multi-choice (or a single choice) contains the option. */
    public static boolean has(Object choices, String option) {
        if (choices instanceof Collection<?> c) {
            return c.contains(option);
        }
        return choices != null && choices.toString().equals(option);
    }

    /** Whether a multi-choice has any of the options (given as one comma-separated string). */
    public static boolean hasAny(Object choices, String options) {
        for (String option : options.split(",")) {
            if (has(choices, option.strip())) {
                return true;
            }
        }
        return false;
    }

    static BigDecimal number(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return n instanceof Double || n instanceof Float
                    ? BigDecimal.valueOf(n.doubleValue())
                    : new BigDecimal(n.toString());
        }
        if (value instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
