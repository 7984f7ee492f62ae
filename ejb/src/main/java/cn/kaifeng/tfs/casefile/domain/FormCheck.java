package cn.kaifeng.tfs.casefile.domain;

import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.FieldType;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks form values against the program's field definitions before submission: required fields, number bounds,
 * text lengths, choices that exist, group sizes. The form pages check the same as the user types; this is the
 * rule the server holds to, whatever sent the values.
 *
 * <p>For file fields only the number of accepted attachments is checked here: each file was checked (kind, size,
 * content) when it was uploaded.
 */
public final class FormCheck {

    /** One problem with one field; {@code row} is the group row (from 1) or 0. */
    public record Problem(String field, int row, String subField, String key, List<String> arguments) {}

    private FormCheck() {}

    /** The problems of these values, with {@code fileCounts} the number of attachments per file field. */
    public static List<Problem> problems(
            ProgramDefinition program, Map<String, Object> values, Map<String, Long> fileCounts) {
        return problems(program.fields(), values, fileCounts);
    }

    /**
     * The problems of these values against any list of field definitions: the application form's, or a progress
     * report's ({@code reporting.fields}), which is generated and checked the same way.
     */
    public static List<Problem> problems(
            Collection<FieldDefinition> fields, Map<String, Object> values, Map<String, Long> fileCounts) {
        List<Problem> problems = new ArrayList<>();
        for (FieldDefinition field : fields) {
            if (field.type() == FieldType.GROUP) {
                checkGroup(field, values.get(field.code()), problems);
            } else if (field.type() == FieldType.FILE) {
                long count = fileCounts.getOrDefault(field.code(), 0L);
                int max = field.maxFiles() == null ? 1 : field.maxFiles();
                if (field.required() && count == 0) {
                    problems.add(new Problem(field.code(), 0, null, "form.fileRequired", List.of()));
                } else if (count > max) {
                    problems.add(
                            new Problem(field.code(), 0, null, "attachment.tooMany", List.of(String.valueOf(max))));
                }
            } else {
                check(field, values.get(field.code()), field.code(), 0, null, problems);
            }
        }
        return problems;
    }

    private static void checkGroup(FieldDefinition group, Object value, List<Problem> problems) {
        List<?> rows = value instanceof List<?> l ? l : List.of();
        int min = group.minItems() != null ? group.minItems() : group.required() ? 1 : 0;
        if (rows.size() < min) {
            problems.add(new Problem(group.code(), 0, null, "form.tooFewRows", List.of(String.valueOf(min))));
        }
        if (group.maxItems() != null && rows.size() > group.maxItems()) {
            problems.add(
                    new Problem(group.code(), 0, null, "form.tooManyRows", List.of(String.valueOf(group.maxItems()))));
        }
        for (int i = 0; i < rows.size(); i++) {
            Map<?, ?> row = rows.get(i) instanceof Map<?, ?> m ? m : Map.of();
            for (FieldDefinition sub : group.fields()) {
                check(sub, row.get(sub.code()), group.code(), i + 1, sub.code(), problems);
            }
        }
    }

    private static void check(
            FieldDefinition field, Object value, String code, int row, String sub, List<Problem> problems) {
        boolean empty = value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
        if (empty) {
            // a yes/no question is answered by leaving it unticked too: "required" cannot apply to it
            if (field.required() && field.type() != FieldType.BOOLEAN) {
                problems.add(new Problem(code, row, sub, "form.required", List.of()));
            }
            return;
        }
        switch (field.type()) {
            case NUMBER, MONEY, PERCENTAGE -> {
                BigDecimal number = value instanceof BigDecimal d
                        ? d
                        : value instanceof Number n ? new BigDecimal(n.toString()) : null;
                if (number == null) {
                    problems.add(new Problem(code, row, sub, "form.notANumber", List.of()));
                } else if (field.whole() && number.stripTrailingZeros().scale() > 0) {
                    problems.add(new Problem(code, row, sub, "form.notWhole", List.of()));
                } else if (field.min() != null && number.compareTo(field.min()) < 0) {
                    problems.add(new Problem(
                            code, row, sub, "form.belowMin", List.of(field.min().toPlainString())));
                } else if (field.max() != null && number.compareTo(field.max()) > 0) {
                    problems.add(new Problem(
                            code, row, sub, "form.aboveMax", List.of(field.max().toPlainString())));
                }
            }
            case TEXT -> {
                int max = field.maxLength() != null ? field.maxLength() : 2000;
                if (value.toString().length() > max) {
                    problems.add(new Problem(code, row, sub, "form.tooLong", List.of(String.valueOf(max))));
                }
            }
            case CHOICE -> {
                if (!field.hasOption(value.toString())) {
                    problems.add(new Problem(code, row, sub, "form.unknownOption", List.of()));
                }
            }
            case MULTI_CHOICE -> {
                if (!(value instanceof Collection<?> c)
                        || c.stream().anyMatch(o -> !field.hasOption(String.valueOf(o)))) {
                    problems.add(new Problem(code, row, sub, "form.unknownOption", List.of()));
                }
            }
            default -> {
                // BOOLEAN and DATE values come typed from the form
            }
        }
    }
}
