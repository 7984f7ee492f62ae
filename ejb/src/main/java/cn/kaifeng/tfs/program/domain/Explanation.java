package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a gate, criterion or decision came out as it did, as a message key and its arguments; rendered in the
 * reader's language only when shown (keys in cn/kaifeng/tfs/program/domain/assessment*.properties), so scoring
 * stays fast and the same assessment reads in Chinese and English. Arguments are plain strings or
 * {@link LocalizedText}s (names of criteria and options).
 */
public record Explanation(String key, List<Serializable> arguments) implements Serializable {

    public static Explanation of(String key, Object... arguments) {
        return new Explanation(
                key, Arrays.stream(arguments).map(Explanation::argument).toList());
    }

    private static final String BUNDLE = "cn.kaifeng.tfs.program.domain.assessment";

    /** The explanation in the reader's language. */
    public String in(Locale locale) {
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale)
                .format(argumentsIn(locale));
    }

    /** The arguments as the given reader should see them. */
    public Object[] argumentsIn(Locale locale) {
        return arguments.stream()
                .map(a -> a instanceof LocalizedText t ? t.in(locale) : a)
                .toArray();
    }

    /** Numbers print plainly (no exponent, no trailing zeros); texts stay localisable; the rest as strings. */
    private static Serializable argument(Object value) {
        if (value instanceof BigDecimal d) {
            return plain(d);
        }
        if (value instanceof LocalizedText t) {
            return t;
        }
        return String.valueOf(value);
    }

    public static String plain(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
