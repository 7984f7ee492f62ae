package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clauses of a policy text, found from its headings as Chinese plans number them: {@code 一、} (part),
 * {@code （一）} or {@code (一)} (section, in the part), {@code 1.} / {@code 1．} / {@code 1、} (item, in the section).
 * A clause is named by the numbers of the headings above it, as people cite it: 二（四）1 is item 1 of section (四)
 * of part 二. A clause's text runs from its heading to the next heading of its level or a higher one, so it holds
 * its sub-clauses: a quote cited to 二（三） may come from 二（三）2.
 *
 * <p>Headings are recognised at the start of a line only (after any indentation); a numbered line inside a
 * paragraph is therefore a heading too, which is how these documents are written. Text before the first heading
 * (a preamble, the issuing notice) belongs to no clause.
 */
public final class ClauseIndex implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern PART = Pattern.compile("^([一二三四五六七八九十]+)、");
    private static final Pattern SECTION = Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)]");
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})[.．、](?!\\d)");
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    /** One heading: the clause's name, its level (1 part, 2 section, 3 item), its line and its first words. */
    public record Clause(String id, int level, int line, String heading) implements Serializable {}

    private final List<Clause> clauses;
    private final Map<String, String> textById;
    private final List<Clause> duplicates;

    private ClauseIndex(List<Clause> clauses, Map<String, String> textById, List<Clause> duplicates) {
        this.clauses = List.copyOf(clauses);
        this.textById = Map.copyOf(textById);
        this.duplicates = List.copyOf(duplicates);
    }

    public static ClauseIndex of(String text) {
        String[] lines = text.split("\\R", -1);
        List<Clause> found = new ArrayList<>();
        String part = "";
        String section = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher m;
            if ((m = PART.matcher(line)).find()) {
                part = m.group(1);
                section = "";
                found.add(new Clause(part, 1, i + 1, firstWords(line)));
            } else if ((m = SECTION.matcher(line)).find()) {
                section = "（" + m.group(1) + "）";
                found.add(new Clause(part + section, 2, i + 1, firstWords(line)));
            } else if ((m = ITEM.matcher(line)).find()) {
                found.add(new Clause(part + section + m.group(1), 3, i + 1, firstWords(line)));
            }
        }
        Map<String, String> textById = new LinkedHashMap<>();
        List<Clause> duplicates = new ArrayList<>();
        for (int c = 0; c < found.size(); c++) {
            Clause clause = found.get(c);
            int end = lines.length;
            for (int next = c + 1; next < found.size(); next++) {
                if (found.get(next).level() <= clause.level()) {
                    end = found.get(next).line() - 1;
                    break;
                }
            }
            StringBuilder body = new StringBuilder();
            for (int l = clause.line() - 1; l < end; l++) {
                body.append(lines[l]);
            }
            if (textById.putIfAbsent(clause.id(), withoutWhitespace(body.toString())) != null) {
                duplicates.add(clause);
            }
        }
        return new ClauseIndex(found, textById, duplicates);
    }

    /** A clause as cited, written the way the index names it: half-width brackets and spaces do not matter. */
    public static String normalise(String clause) {
        return withoutWhitespace(clause).replace('(', '（').replace(')', '）').replaceAll("[.．、]$", "");
    }

    public static String withoutWhitespace(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }

    public List<Clause> clauses() {
        return clauses;
    }

    /** Headings whose name an earlier heading has already: a citation of that name would be ambiguous. */
    public List<Clause> duplicates() {
        return duplicates;
    }

    public boolean has(String clause) {
        return textById.containsKey(normalise(clause));
    }

    /** The clause's text without whitespace, sub-clauses included. */
    public Optional<String> text(String clause) {
        return Optional.ofNullable(textById.get(normalise(clause)));
    }

    /** True if the quote occurs in the clause (whitespace, as page breaks leave it in a transcript, ignored). */
    public boolean contains(String clause, String quote) {
        String body = textById.get(normalise(clause));
        return body != null && body.contains(withoutWhitespace(quote));
    }

    private static String firstWords(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }
}
