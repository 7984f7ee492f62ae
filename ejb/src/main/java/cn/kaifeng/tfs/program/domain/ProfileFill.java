package cn.kaifeng.tfs.program.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form values a program's fields take from an organisation's profile facts, as each field's {@code profile:}
 * says: what a new application starts with, and what matching reads. Only values the field can hold are taken: a
 * choice the field does not offer is left for the applicant (not forced into 其他), a multi-choice keeps the options
 * the field offers, a group's rows take the member attributes its sub-fields name.
 */
public final class ProfileFill {

    private ProfileFill() {}

    /** The values by field code; fields without a mapping, or whose fact the profile does not state, are absent. */
    public static Map<String, Object> values(ProgramDefinition program, Map<String, Object> facts) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldDefinition field : program.fields()) {
            if (field.profile() == null) {
                continue;
            }
            Object value = value(field, facts.get(field.profile()));
            if (value != null) {
                values.put(field.code(), value);
            }
        }
        return values;
    }

    /**
     * Whether a filled field is known whole: a group is only if each of its sub-fields comes from the profile, since
     * a row missing, say, whether a member is a high-level talent would count as "no" in every rule that reads it.
     */
    public static boolean whole(FieldDefinition field) {
        return field.type() != FieldType.GROUP || field.fields().stream().allMatch(f -> f.profile() != null);
    }

    private static Object value(FieldDefinition field, Object fact) {
        if (fact == null) {
            return null;
        }
        return switch (field.type()) {
            case CHOICE -> field.hasOption(fact.toString()) ? fact.toString() : null;
            case MULTI_CHOICE ->
                fact instanceof Collection<?> chosen
                        ? chosen.stream()
                                .map(String::valueOf)
                                .filter(field::hasOption)
                                .toList()
                        : null;
            case NUMBER, MONEY -> fact instanceof BigDecimal d ? d : null;
            case BOOLEAN -> fact instanceof Boolean b ? b : null;
            case GROUP -> rows(field, fact);
            case TEXT, DATE -> fact.toString();
            default -> null;
        };
    }

    private static List<Map<String, Object>> rows(FieldDefinition group, Object fact) {
        if (!(fact instanceof Collection<?> members)) {
            return null;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object member : members) {
            if (!(member instanceof Map<?, ?> attributes)) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (FieldDefinition sub : group.fields()) {
                Object value = sub.profile() == null ? null : value(sub, attributes.get(sub.profile()));
                if (value != null) {
                    row.put(sub.code(), value);
                }
            }
            rows.add(row);
        }
        if (group.maxItems() != null && rows.size() > group.maxItems()) {
            return List.copyOf(rows.subList(0, group.maxItems()));
        }
        return rows;
    }
}
