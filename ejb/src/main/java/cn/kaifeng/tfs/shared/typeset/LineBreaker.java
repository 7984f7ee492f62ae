package cn.kaifeng.tfs.shared.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines that fit a width, the way Chinese text is set: a line may break between any two
 * Chinese characters, but never inside a Latin word or a number (KF-RC-2026-00042, ¥1,200,000.00), never with
 * closing punctuation (，。、）》” ...) at the start of a line and never with opening punctuation (（《“ ...) at
 * its end; such characters are carried to the next line with their neighbour instead (避头尾, by pushing out).
 */
public final class LineBreaker {

    /** Characters that must not begin a line. */
    static final String NO_START = "，。、；：？！）》」』】〕〉”’…—·％～,.;:?!)]}%";
    /** Characters that must not end a line. */
    static final String NO_END = "（《「『【〔〈“‘([{¥￥";

    /** The width of a piece of text in the font and size the lines are set in. */
    @FunctionalInterface
    public interface Measure {
        float width(String text);
    }

    private LineBreaker() {}

    public static List<String> lines(String paragraph, float maxWidth, Measure measure) {
        List<String> units = units(paragraph, maxWidth, measure);
        List<String> lines = new ArrayList<>();
        int start = 0;
        float width = 0;
        for (int i = 0; i < units.size(); i++) {
            String unit = units.get(i);
            float w = measure.width(unit);
            if (i > start && width + w > maxWidth && !unit.equals(" ")) {
                int breakAt = i;
                while (breakAt > start + 1 && (noStart(units.get(breakAt)) || noEnd(units.get(breakAt - 1)))) {
                    breakAt--;
                }
                if (noStart(units.get(breakAt)) || noEnd(units.get(breakAt - 1))) {
                    // nothing on this line could move (one long run of punctuation): break where it overflows
                    breakAt = i;
                }
                lines.add(trim(String.join("", units.subList(start, breakAt))));
                start = breakAt;
                while (start < i && units.get(start).equals(" ")) {
                    start++;
                }
                width = 0;
                for (int j = start; j < i; j++) {
                    width += measure.width(units.get(j));
                }
                if (unit.equals(" ") && start == i) {
                    start++;
                    continue;
                }
            }
            width += w;
        }
        if (start < units.size()) {
            String last = trim(String.join("", units.subList(start, units.size())));
            if (!last.isEmpty() || lines.isEmpty()) {
                lines.add(last);
            }
        }
        return lines;
    }

    /** Drops break spaces at the ends, but keeps the ideographic spaces (U+3000) that indent a paragraph. */
    private static String trim(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && line.charAt(from) == ' ') {
            from++;
        }
        while (to > from && line.charAt(to - 1) == ' ') {
            to--;
        }
        return line.substring(from, to);
    }

    private static boolean noStart(String unit) {
        return NO_START.indexOf(unit.codePointAt(0)) >= 0;
    }

    private static boolean noEnd(String unit) {
        return NO_END.indexOf(unit.codePointBefore(unit.length())) >= 0;
    }

    /**
     * The pieces a line may break between: each Chinese character or punctuation mark alone, each run of other
     * non-space characters as one word (split by character only if the word alone is wider than a line), and
     * each space.
     */
    static List<String> units(String text, float maxWidth, Measure measure) {
        List<String> units = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean latin = cp < 0x2E80 && cp != ' ' && NO_START.indexOf(cp) < 0 && NO_END.indexOf(cp) < 0
                    || (word.length() > 0 && (cp == ',' || cp == '.' || cp == '%') && cp < 0x2E80);
            if (latin) {
                word.appendCodePoint(cp);
                return;
            }
            flush(word, units, maxWidth, measure);
            units.add(new String(Character.toChars(cp)));
        });
        flush(word, units, maxWidth, measure);
        return units;
    }

    private static void flush(StringBuilder word, List<String> units, float maxWidth, Measure measure) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        if (measure.width(w) <= maxWidth) {
            units.add(w);
            return;
        }
        w.codePoints().forEach(cp -> units.add(new String(Character.toChars(cp))));
    }
}
