package cn.kaifeng.tfs.program.web;

import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.FieldType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One input of a form generated from a program definition, holding its value in the property the field's type
 * needs, so JSF converts and validates it as such (a number stays a BigDecimal, a choice a string). A repeated
 * group holds rows of inputs for its sub-fields.
 */
public class FieldInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final FieldDefinition field;
    private BigDecimal number;
    private String text;
    private Boolean bool;
    private List<String> choices = new ArrayList<>();
    private final List<List<FieldInput>> rows = new ArrayList<>();

    public FieldInput(FieldDefinition field) {
        this.field = field;
    }

    /** Inputs for these fields, filled from stored values (as {@link #value()} produced them). */
    public static List<FieldInput> of(List<FieldDefinition> fields, Map<String, Object> values) {
        List<FieldInput> inputs = new ArrayList<>();
        for (FieldDefinition field : fields) {
            FieldInput input = new FieldInput(field);
            input.load(values.get(field.code()));
            inputs.add(input);
        }
        return inputs;
    }

    /** The values of these inputs, by field code; empty ones left out. */
    public static Map<String, Object> values(List<FieldInput> inputs) {
        Map<String, Object> values = new HashMap<>();
        for (FieldInput input : inputs) {
            Object value = input.value();
            if (value != null) {
                values.put(input.getField().code(), value);
            }
        }
        return values;
    }

    public FieldDefinition getField() {
        return field;
    }

    public String getType() {
        return field.type().name();
    }

    /** The value as the assessment reads it. A percentage is typed as a percent (5) and read as a ratio (0.05). */
    public Object value() {
        return switch (field.type()) {
            case NUMBER, MONEY -> number;
            case PERCENTAGE -> number == null ? null : number.movePointLeft(2);
            case BOOLEAN -> bool != null && bool;
            case MULTI_CHOICE -> List.copyOf(choices);
            case GROUP -> rows.stream().map(FieldInput::values).toList();
            case FILE -> null;
            default -> text == null || text.isBlank() ? null : text;
        };
    }

    @SuppressWarnings("unchecked")
    private void load(Object value) {
        if (value == null) {
            return;
        }
        switch (field.type()) {
            case NUMBER, MONEY -> number = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
            case PERCENTAGE ->
                number = (value instanceof BigDecimal d ? d : new BigDecimal(value.toString())).movePointRight(2);
            case BOOLEAN -> bool = Boolean.valueOf(value.toString());
            case MULTI_CHOICE ->
                choices = value instanceof List<?> l
                        ? new ArrayList<>(l.stream().map(String::valueOf).toList())
                        : new ArrayList<>();
            case GROUP -> {
                if (value instanceof List<?> l) {
                    for (Object row : l) {
                        rows.add(of(field.fields(), row instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of()));
                    }
                }
            }
            case FILE -> {
                // attachments are kept apart from form values
            }
            default -> text = value.toString();
        }
    }

    public void addRow() {
        rows.add(of(field.fields(), Map.of()));
    }

    public void removeRow(List<FieldInput> row) {
        rows.remove(row);
    }

    public List<List<FieldInput>> getRows() {
        return rows;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public void setNumber(BigDecimal number) {
        this.number = number;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Boolean getBool() {
        return bool;
    }

    public void setBool(Boolean bool) {
        this.bool = bool;
    }

    public List<String> getChoices() {
        return choices;
    }

    public void setChoices(List<String> choices) {
        this.choices = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
    }

    /** For the type switch in pages. */
    /**
     * The smallest number the input takes, as the user types it: a percentage is typed in percent (30 for 30 %)
     * while the definition bounds the stored fraction (0.3), so its bounds are scaled too.
     */
    public BigDecimal getMinValue() {
        return shown(getField().min(), BigDecimal.ZERO);
    }

    public BigDecimal getMaxValue() {
        return shown(getField().max(), new BigDecimal("1000000000000"));
    }

    private BigDecimal shown(BigDecimal bound, BigDecimal otherwise) {
        if (bound == null) {
            return otherwise;
        }
        return "PERCENTAGE".equals(getType()) ? bound.movePointRight(2) : bound;
    }

    public boolean isNumeric() {
        return field.type().numeric();
    }

    public boolean isGroup() {
        return field.type() == FieldType.GROUP;
    }
}
