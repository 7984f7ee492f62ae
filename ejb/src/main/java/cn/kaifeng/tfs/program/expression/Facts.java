package cn.kaifeng.tfs.program.expression;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The values of one application an assessment reads: form fields by their codes plus derived values.
 * Numbers are {@link java.math.BigDecimal}, choices strings, multi-choices lists, repeated groups lists of maps.
 * A missing value reads as null, which Expression Language treats as 0 in arithmetic and false in tests.
 *
 * <p>Immutable. A derived value is added as a layer over the facts it was computed from, so adding one does not
 * copy the form.
 */
public final class Facts {

    private final Map<String, Object> values;
    private final Facts below;

    /** Null but on a layer made by {@link #noting}: the names looked up through it. */
    private final Set<String> reads;

    private Facts(Map<String, Object> values, Facts below) {
        this(values, below, null);
    }

    private Facts(Map<String, Object> values, Facts below, Set<String> reads) {
        this.values = values;
        this.below = below;
        this.reads = reads;
    }

    public static Facts of(Map<String, ?> values) {
        return new Facts(new HashMap<>(values), null);
    }

    public static Facts empty() {
        return new Facts(Map.of(), null);
    }

    public Object get(String name) {
        if (reads != null) {
            reads.add(name);
        }
        for (Facts layer = this; layer != null; layer = layer.below) {
            Object value = layer.values.get(name);
            if (value != null || layer.values.containsKey(name)) {
                return value;
            }
        }
        return null;
    }

    public boolean has(String name) {
        for (Facts layer = this; layer != null; layer = layer.below) {
            if (layer.values.containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    /** What an expression sees for an identifier. */
    Object lookUp(String name) {
        return get(name);
    }

    /** These facts with one more value on top. */
    public Facts with(String name, Object value) {
        return new Facts(Collections.singletonMap(name, value), this);
    }

    /**
     * These facts, adding to {@code reads} every name a rule looks up through them. Matching uses it to learn which
     * facts a gate or criterion actually read (the language evaluates {@code and}, {@code or} and {@code ?:} lazily,
     * so a fact that did not matter is not read), to tell results that depend on facts nobody stated yet.
     */
    public Facts noting(Set<String> reads) {
        return new Facts(Map.of(), this, java.util.Objects.requireNonNull(reads));
    }

    /** All values, lower layers first so that upper ones win; for display and storage, not for scoring. */
    public Map<String, Object> asMap() {
        Map<String, Object> all = below == null ? new HashMap<>() : new HashMap<>(below.asMap());
        all.putAll(values);
        return Collections.unmodifiableMap(all);
    }
}
