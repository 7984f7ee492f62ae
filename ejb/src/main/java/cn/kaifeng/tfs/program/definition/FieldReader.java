package cn.kaifeng.tfs.program.definition;

import cn.kaifeng.tfs.organisation.domain.ProfileFact;
import cn.kaifeng.tfs.program.domain.DerivedValue;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.FieldType;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the form of a definition file: its fields, and the values derived from them, whose codes together are the
 * names every expression of the file may use, so that an identifier naming neither is reported.
 */
final class FieldReader {

    /** Field codes are Expression Language identifiers. */
    private static final Pattern FIELD_CODE = Pattern.compile("[a-z][A-Za-z0-9]*");

    private static final Set<String> EL_RESERVED = Set.of(
            "and",
            "or",
            "not",
            "eq",
            "ne",
            "lt",
            "gt",
            "le",
            "ge",
            "true",
            "false",
            "null",
            "instanceof",
            "empty",
            "div",
            "mod",
            "total",
            "Fn");
    private static final Set<String> FILE_TYPES = Set.of("PDF", "JPEG", "PNG", "DOCX", "XLSX", "ZIP");

    private FieldReader() {}

    /** The fields under {@code fields} by code, in file order; a code given twice is reported. */
    static Map<String, FieldDefinition> fields(Spec spec) {
        Map<String, FieldDefinition> fields = new LinkedHashMap<>();
        for (Spec f : spec.list("fields")) {
            FieldDefinition field = field(f, true);
            if (field != null && fields.putIfAbsent(field.code(), field) != null) {
                f.problem("duplicateCode", field.code());
            }
        }
        if (fields.isEmpty()) {
            spec.problem("missingKey", "fields");
        }
        return fields;
    }

    /** The values under {@code derived}; a code a field or another derived value has already is reported. */
    static List<DerivedValue> derived(Spec spec, Map<String, FieldDefinition> fields) {
        List<DerivedValue> derived = new ArrayList<>();
        for (Spec d : spec.list("derived")) {
            d.allowOnly(List.of("code", "label", "expression"));
            String dc = fieldCode(d);
            if (dc != null
                    && (fields.containsKey(dc)
                            || derived.stream().anyMatch(x -> x.code().equals(dc)))) {
                d.problem("duplicateCode", dc);
            }
            derived.add(new DerivedValue(dc, d.text("label"), d.expression("expression")));
        }
        return derived;
    }

    static FieldDefinition field(Spec f, boolean topLevel) {
        return field(f, topLevel, List.of());
    }

    /**
     * A field, read as a form's field is; {@code alsoAllowed} names keys the caller reads itself (a progress report's
     * field cites its clause under {@code source}).
     */
    static FieldDefinition field(Spec f, boolean topLevel, List<String> alsoAllowed) {
        List<String> keys = new ArrayList<>(FIELD_KEYS);
        keys.addAll(alsoAllowed);
        f.allowOnly(keys);
        return read(f, topLevel);
    }

    private static final List<String> FIELD_KEYS = List.of(
            "code",
            "type",
            "label",
            "help",
            "required",
            "calculator",
            "min",
            "max",
            "maxLength",
            "options",
            "fileTypes",
            "maxSizeMb",
            "maxFiles",
            "fields",
            "minItems",
            "maxItems",
            "whole",
            "profile");

    private static FieldDefinition read(Spec f, boolean topLevel) {
        String code = fieldCode(f);
        FieldType type = f.enumValue("type", FieldType.class);
        LocalizedText label = f.text("label");
        BigDecimal min = f.optionalDecimal("min");
        BigDecimal max = f.optionalDecimal("max");
        if (min != null && max != null && min.compareTo(max) > 0) {
            f.problem("bandEmpty", min, max);
        }
        List<FieldDefinition.Option> options = new ArrayList<>();
        for (Spec o : f.list("options")) {
            o.allowOnly(List.of("code", "label"));
            String oc = o.string("code");
            if (options.stream().anyMatch(x -> x.code().equals(oc))) {
                o.problem("duplicateCode", oc);
            }
            options.add(new FieldDefinition.Option(oc, o.text("label")));
        }
        if ((type == FieldType.CHOICE || type == FieldType.MULTI_CHOICE) && options.isEmpty()) {
            f.problem("missingKey", "options");
        }
        List<String> fileTypes = new ArrayList<>();
        for (Spec t : f.list("fileTypes")) {
            String value = t.scalar();
            if (value != null && !FILE_TYPES.contains(value)) {
                t.problem("notOneOf", value, String.join(", ", FILE_TYPES));
            }
            fileTypes.add(value);
        }
        if (type == FieldType.FILE && fileTypes.isEmpty()) {
            f.problem("missingKey", "fileTypes");
        }
        List<FieldDefinition> subFields = new ArrayList<>();
        if (type == FieldType.GROUP) {
            if (!topLevel) {
                f.problem("nestedGroup");
            }
            for (Spec sub : f.list("fields")) {
                FieldDefinition field = field(sub, false);
                if (field != null) {
                    subFields.add(field);
                }
            }
            if (subFields.isEmpty()) {
                f.problem("missingKey", "fields");
            }
        }
        if (f.has("whole") && type != FieldType.NUMBER) {
            f.get("whole").problem("wholeOnlyForNumbers", type);
        }
        // counts are whole unless the file says otherwise: the form has always asked them without decimals
        boolean whole = type == FieldType.NUMBER && f.bool("whole", true);
        Integer maxSizeMb = f.optionalInteger("maxSizeMb");
        if (type == FieldType.FILE && maxSizeMb == null) {
            f.problem("missingKey", "maxSizeMb");
        }
        String profile = profileFact(f, type, topLevel);
        return new FieldDefinition(
                code,
                type,
                label,
                f.optionalText("help"),
                f.bool("required", false),
                f.bool("calculator", false),
                min,
                max,
                f.optionalInteger("maxLength"),
                List.copyOf(options),
                List.copyOf(fileTypes),
                maxSizeMb,
                f.has("maxFiles") ? f.integer("maxFiles") : type == FieldType.FILE ? 1 : null,
                List.copyOf(subFields),
                f.optionalInteger("minItems"),
                f.optionalInteger("maxItems"),
                whole,
                profile);
    }

    /**
     * The profile fact named by {@code profile:}, checked: a top-level field names a {@link ProfileFact} whose kind
     * fits the field's type; a sub-field of a group names an attribute of a team member. Null when not given.
     */
    private static String profileFact(Spec f, FieldType type, boolean topLevel) {
        String name = f.optionalString("profile").orElse(null);
        if (name == null || type == null) {
            return name;
        }
        if (!topLevel) {
            if (!ProfileFact.MEMBER_ATTRIBUTES.contains(name)) {
                f.get("profile").problem("unknownProfileFact", name, String.join(", ", ProfileFact.MEMBER_ATTRIBUTES));
            }
            return name;
        }
        ProfileFact fact = ProfileFact.named(name).orElse(null);
        if (fact == null) {
            f.get("profile")
                    .problem(
                            "unknownProfileFact",
                            name,
                            Arrays.stream(ProfileFact.values())
                                    .map(ProfileFact::factName)
                                    .collect(Collectors.joining(", ")));
        } else if (!fits(fact.kind(), type)) {
            f.get("profile").problem("profileFactKind", name, fact.kind(), type);
        }
        return name;
    }

    /** A fact fills a field of its own kind; a count may fill a number and yuan a money field only. */
    private static boolean fits(ProfileFact.Kind kind, FieldType type) {
        return switch (kind) {
            case BOOLEAN -> type == FieldType.BOOLEAN;
            case CHOICE -> type == FieldType.CHOICE;
            case MULTI_CHOICE -> type == FieldType.MULTI_CHOICE;
            case NUMBER -> type == FieldType.NUMBER;
            case MONEY -> type == FieldType.MONEY;
            case DATE -> type == FieldType.DATE;
            case TEXT -> type == FieldType.TEXT;
            case ROWS -> type == FieldType.GROUP;
        };
    }

    static String fieldCode(Spec f) {
        String code = f.string("code");
        if (code != null && (!FIELD_CODE.matcher(code).matches() || EL_RESERVED.contains(code))) {
            f.get("code").problem("fieldCode", code);
        }
        return code;
    }

    /** Every name an expression may read: the fields, the derived values and the total score. */
    static Set<String> names(Iterable<FieldDefinition> fields, List<DerivedValue> derived) {
        Set<String> names = new HashSet<>();
        fields.forEach(field -> names.add(field.code()));
        derived.forEach(d -> names.add(d.code()));
        names.add("total");
        return names;
    }
}
