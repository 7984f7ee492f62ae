package cn.kaifeng.tfs.matching.infra;

import cn.kaifeng.tfs.matching.domain.Reasons;
import cn.kaifeng.tfs.program.domain.Explanation;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A match's reasons as JSON: {@code [{"key": ..., "args": ["plain", {"zh": ..., "en": ...}]}]}, message keys and
 * arguments rather than rendered text, so the same stored match reads in Chinese and in English.
 */
@Converter(autoApply = true)
public class ReasonsConverter implements AttributeConverter<Reasons, String> {

    @Override
    public String convertToDatabaseColumn(Reasons reasons) {
        if (reasons == null) {
            return null;
        }
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Explanation e : reasons.list()) {
            JsonArrayBuilder args = Json.createArrayBuilder();
            for (Serializable a : e.arguments()) {
                if (a instanceof LocalizedText t) {
                    args.add(Json.createObjectBuilder()
                            .add("zh", nonNull(t.zh()))
                            .add("en", nonNull(t.en())));
                } else {
                    args.add(String.valueOf(a));
                }
            }
            all.add(Json.createObjectBuilder().add("key", e.key()).add("args", args));
        }
        return all.build().toString();
    }

    @Override
    public Reasons convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        List<Explanation> list = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            for (JsonValue item : reader.readArray()) {
                JsonObject o = item.asJsonObject();
                JsonArray args = o.getJsonArray("args");
                List<Serializable> arguments = new ArrayList<>();
                for (JsonValue a : args) {
                    if (a instanceof JsonString s) {
                        arguments.add(s.getString());
                    } else {
                        JsonObject t = a.asJsonObject();
                        arguments.add(new LocalizedText(t.getString("zh"), t.getString("en")));
                    }
                }
                list.add(new Explanation(o.getString("key"), List.copyOf(arguments)));
            }
        }
        return new Reasons(list);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
