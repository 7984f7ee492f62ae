package cn.kaifeng.tfs.program.expression;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

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

    private Facts(Map<String, Object> values, Facts below) {
        this.values = values;
        this.below = below;
    }

    public static Facts of(Map<String, ?> values) {
        return new Facts(new HashMap<>(values), null);
    }

    public static Facts empty() {
        return new Facts(Map.of(), null);
    }

    public Object get(String name) {
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

    /** All values, lower layers first so that upper ones win; for display and storage, not for scoring. */
    public Map<String, Object> asMap() {
        Map<String, Object> all = below == null ? new HashMap<>() : new HashMap<>(below.asMap());
        all.putAll(values);
        return Collections.unmodifiableMap(all);
    }
}
