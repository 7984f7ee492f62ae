package cn.kaifeng.tfs.program.expression;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of one application an assessment reads: form fields by their codes plus derived values.
 * Numbers are {@link java.math.BigDecimal}, choices strings, multi-choices lists, repeated groups lists of maps.
 * A missing value reads as null, which Expression Language treats as 0 in arithmetic and false in tests.
 */
public final class Facts {

    private final Map<String, Object> values;
    /** Set while a definition is checked: records identifiers that are neither fields nor derived values. */
    private final java.util.Set<String> unknown;

    private Facts(Map<String, Object> values) {
        this(values, null);
    }

    private Facts(Map<String, Object> values, java.util.Set<String> unknown) {
        this.values = values;
        this.unknown = unknown;
    }

    /**
     * Facts for checking a definition: every known name has a sample value, and any other identifier an
     * expression uses is collected into {@code unknown} (a misspelt field code, typically).
     */
    public static Facts checking(Map<String, ?> samples, java.util.Set<String> unknown) {
        return new Facts(new HashMap<>(samples), unknown);
    }

    /** What an expression sees for an identifier. */
    Object lookUp(String name) {
        if (unknown != null && !values.containsKey(name)) {
            unknown.add(name);
        }
        return values.get(name);
    }

    public static Facts of(Map<String, ?> values) {
        return new Facts(new HashMap<>(values));
    }

    public static Facts empty() {
        return new Facts(new HashMap<>());
    }

    public Object get(String name) {
        return values.get(name);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A copy with one more value; derived values are added this way, in the order they are defined. */
    public Facts with(String name, Object value) {
        Map<String, Object> copy = new HashMap<>(values);
        copy.put(name, value);
        return new Facts(copy, unknown);
    }

    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
