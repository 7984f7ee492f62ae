package cn.kaifeng.tfs.shell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message of every bundle says what it is given. Each is formatted as the code formats it, with a distinct
 * argument per placeholder, and must show every argument and every apostrophe it was written with: in a
 * {@link MessageFormat} pattern a lone apostrophe starts a quoted section, which silently swallows the placeholders
 * after it (an English "section's {1}" printed without its number).
 */
class EveryMessageFormatsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /** The bundles whose every message goes through MessageFormat, placeholders or not. */
    private static final List<String> ALWAYS_FORMATTED = List.of("definition", "assessment");

    @Test
    void everyMessageShowsEveryArgumentAndEveryApostrophe() throws IOException {
        List<Path> bundles = new ArrayList<>();
        for (Path root :
                List.of(Path.of("..", "ejb", "src", "main", "resources"), Path.of("src", "main", "resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".properties"))
                        .filter(p -> p.toString().contains("cn/kaifeng/tfs"))
                        .forEach(bundles::add);
            }
        }
        assertTrue(bundles.size() >= 10, "bundles found: " + bundles);
        List<String> wrong = new ArrayList<>();
        int formatted = 0;
        for (Path bundle : bundles) {
            String name = bundle.getFileName().toString();
            Locale locale = name.contains("_en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            boolean always = ALWAYS_FORMATTED.stream().anyMatch(name::startsWith);
            Properties messages = new Properties();
            try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                int highest = -1;
                Matcher placeholder = PLACEHOLDER.matcher(pattern);
                while (placeholder.find()) {
                    highest = Math.max(highest, Integer.parseInt(placeholder.group(1)));
                }
                if (highest < 0 && !always) {
                    continue; // said as written, never through MessageFormat
                }
                formatted++;
                Object[] arguments = new Object[highest + 1];
                for (int i = 0; i <= highest; i++) {
                    arguments[i] = "‹" + i + "›";
                }
                String said;
                try {
                    said = new MessageFormat(pattern, locale).format(arguments);
                } catch (IllegalArgumentException e) {
                    wrong.add(name + " " + key + ": not a pattern (" + e.getMessage() + ")");
                    continue;
                }
                for (int i = 0; i <= highest; i++) {
                    if (pattern.contains("{" + i + "}") && !said.contains("‹" + i + "›")) {
                        wrong.add(name + " " + key + ": {" + i + "} is not shown in \"" + said + "\"");
                    }
                }
                // quoted braces ('{') are meant: they print a brace
                long written = pattern.replace("'{'", "{")
                        .replace("'}'", "}")
                        .replace("''", "'")
                        .chars()
                        .filter(c -> c == '\'')
                        .count();
                long shown = said.chars().filter(c -> c == '\'').count();
                if (written != shown) {
                    wrong.add(name + " " + key + ": a lone apostrophe in \"" + pattern + "\" (double it)");
                }
            }
        }
        assertTrue(formatted > 100, "messages formatted: " + formatted);
        assertEquals(List.of(), wrong);
    }
}
