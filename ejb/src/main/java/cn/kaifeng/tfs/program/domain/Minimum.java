package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A lower bound the pass rule sets on a total, a section or a criterion, saying whether it includes its number as
 * the scheme's words do: 不低于 60 分 / 60 分以上 include it ({@code strict} false, written {@code min}), 高于 60 分 /
 * 超过 60 分 do not ({@code strict} true, written {@code above}).
 */
public record Minimum(BigDecimal value, boolean strict) implements Serializable {

    public Minimum {
        Objects.requireNonNull(value, "value");
    }

    public static Minimum atLeast(BigDecimal value) {
        return new Minimum(value, false);
    }

    public static Minimum above(BigDecimal value) {
        return new Minimum(value, true);
    }

    public boolean metBy(BigDecimal points) {
        int c = points.compareTo(value);
        return strict ? c > 0 : c >= 0;
    }

    /** Whether a part whose maximum is {@code max} can meet it at all (a minimum of 25 above a maximum of 20 cannot). */
    public boolean reachableWith(BigDecimal max) {
        return metBy(max);
    }

    /** "≥ 60" or "> 60", for tables and the import's messages. */
    public String symbol() {
        return (strict ? "> " : "≥ ") + Explanation.plain(value);
    }

    /** The minimum in words, as explanations, pages and letters print it: 不低于 60 分 or 高于 60 分. */
    public LocalizedText words() {
        String n = Explanation.plain(value);
        return strict
                ? new LocalizedText("高于 " + n + " 分", "more than " + n + " points")
                : new LocalizedText("不低于 " + n + " 分", "at least " + n + " points");
    }
}
