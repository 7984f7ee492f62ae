package cn.kaifeng.tfs.casefile.service;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/**
 * Form values to and from their stored JSON (JSON-B). Numbers come back as BigDecimal, choices as strings, lists as
 * lists and repeated groups as lists of maps: exactly the shapes the assessment reads.
 */
public final class FormValues {

    /** JSON-B instances are thread-safe and costly to create: one per JVM. */
    private static final Jsonb JSON = JsonbBuilder.create();

    private static final Type MAP = new HashMap<String, Object>() {}.getClass().getGenericSuperclass();

    private FormValues() {}

    public static String toJson(Map<String, Object> values) {
        return JSON.toJson(values);
    }

    public static Map<String, Object> fromJson(String json) {
        Map<String, Object> values = JSON.fromJson(json, MAP);
        return values == null ? new HashMap<>() : values;
    }
}
