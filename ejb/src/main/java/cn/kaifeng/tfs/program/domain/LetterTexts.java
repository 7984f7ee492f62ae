package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a program's decision letters say: the body texts for approval and rejection, with placeholders such as
 * {program} filled when a letter is issued; the appeal route printed on rejections; the number word of the
 * letters' numbers (汴财扶团 gives 汴财扶团〔2026〕0042号, counted per word and year); the issuing authority; and
 * the texts and number words of the notices issued after the award, where the program gives its own.
 */
public record LetterTexts(
        LocalizedText approval,
        LocalizedText rejection,
        LocalizedText appealRoute,
        String numberWord,
        LocalizedText issuer,
        Map<NoticeTemplate, NoticeText> notices)
        implements Serializable {

    public LetterTexts {
        notices = notices == null || notices.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(notices));
    }

    /**
     * A notice's text and number word as the program file gives them; either may be null, and then the notice's
     * default is used ({@link NoticeTemplate}).
     */
    public record NoticeText(LocalizedText text, String numberWord) implements Serializable {}

    /** The text a notice of this kind prints: the program's, or the default. */
    public LocalizedText noticeText(NoticeTemplate template) {
        NoticeText own = notices.get(template);
        return own == null || own.text() == null ? template.defaultText() : own.text();
    }

    /** The number word of a notice of this kind: the program's, or the kind's default (汴财拨, 汴财追, 汴财验). */
    public String noticeWord(NoticeTemplate template) {
        NoticeText own = notices.get(template);
        return own == null || own.numberWord() == null ? template.defaultWord() : own.numberWord();
    }

    /** The placeholders a letter text may use; the reader refuses any other so that none is printed raw. */
    public static final Set<String> PLACEHOLDERS =
            Set.of("program", "organisation", "creditCode", "amount", "amountInWords", "reasons", "number", "total");

    /** The placeholders that print an amount: a program without an award rule has none to print. */
    public static final Set<String> MONEY_PLACEHOLDERS = Set.of("amount", "amountInWords");

    public static final String DEFAULT_NUMBER_WORD = "汴财扶";
    public static final LocalizedText DEFAULT_ISSUER = new LocalizedText("开封市财政局", "Kaifeng Municipal Finance Bureau");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** The placeholders in a text that are not among {@link #PLACEHOLDERS}. */
    public static Set<String> unknownPlaceholders(String text) {
        Set<String> unknown = placeholders(text);
        unknown.removeAll(PLACEHOLDERS);
        return unknown;
    }

    /** Every placeholder a text uses. */
    public static Set<String> placeholders(String text) {
        Set<String> found = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** A text with its placeholders replaced; values are inserted as they are, never read as patterns. */
    public static String fill(String text, java.util.Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
