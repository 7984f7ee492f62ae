package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a program's application form. Which attributes matter depends on the type: bounds for numbers,
 * options for choices, allowed file types and limits for attachments, sub-fields and item counts for groups.
 * {@code calculator} marks the few fields the public policy calculator asks for. {@code whole}: a number field takes
 * whole numbers only (counts, months, years; the default for {@code NUMBER}), so a band or per-item rule over a count
 * never meets 2.5 patents. {@code profile} names the organisation profile's fact that fills the field (see
 * {@code ProfileFact}), or is null: matching reads the profile through it, and a new application starts with it
 * filled in.
 */
public record FieldDefinition(
        String code,
        FieldType type,
        LocalizedText label,
        LocalizedText help,
        boolean required,
        boolean calculator,
        BigDecimal min,
        BigDecimal max,
        Integer maxLength,
        List<Option> options,
        List<String> fileTypes,
        Integer maxSizeMb,
        Integer maxFiles,
        List<FieldDefinition> fields,
        Integer minItems,
        Integer maxItems,
        boolean whole,
        String profile)
        implements Serializable {

    /** A choice option: its code (what expressions compare with) and its label. */
    public record Option(String code, LocalizedText label) implements Serializable {}

    public boolean hasOption(String option) {
        return options != null && options.stream().anyMatch(o -> o.code().equals(option));
    }
}
