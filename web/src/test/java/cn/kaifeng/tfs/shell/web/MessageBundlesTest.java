package cn.kaifeng.tfs.shell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.domain.Move;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Chinese first, English available: both bundles say the same things, and every state and step has words. */
class MessageBundlesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/cn/kaifeng/tfs/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chinese_and_english_have_the_same_keys() throws IOException {
        Set<String> zh = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertEquals(Set.of(), onlyZh, "missing in English");
        assertEquals(Set.of(), onlyEn, "missing in Chinese");
    }

    /**
     * A key written twice silently keeps its last text: a new feature's "none" once replaced the public notice page's
     * empty state. Every key is defined once in each bundle.
     */
    @Test
    void no_key_is_defined_twice() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            Properties counting = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (!seen.add((String) key)) {
                        twice.add((String) key);
                    }
                    return super.put(key, value);
                }
            };
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/cn/kaifeng/tfs/web/" + name)) {
                counting.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertEquals(Set.of(), twice, name + ": keys defined twice");
        }
    }

    @Test
    void messages_with_placeholders_quote_apostrophes_as_message_format_needs() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = bundle(name);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (text.matches("(?s).*\\{\\d+.*")) {
                    // in a MessageFormat pattern a single ' starts a quoted section: it must be doubled
                    assertTrue(!text.replace("''", "").contains("'"), name + ": " + key + " has a lone apostrophe");
                }
            }
        }
    }

    @Test
    void every_state_and_step_is_named_in_both_languages() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = bundle(name);
            for (ApplicationStatus status : ApplicationStatus.values()) {
                assertTrue(p.containsKey("status." + status), name + ": status." + status);
            }
            for (Move move : Move.values()) {
                assertTrue(p.containsKey("move." + move), name + ": move." + move);
                assertTrue(p.containsKey("event." + move), name + ": event." + move);
            }
            assertTrue(p.containsKey("event.CREATED") && p.containsKey("event.RESCORED"), name);
        }
    }
}
