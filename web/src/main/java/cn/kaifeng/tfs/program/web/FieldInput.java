package cn.kaifeng.tfs.program.web;

import cn.kaifeng.tfs.program.domain.FieldDefinition;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One input of a form generated from a program definition, holding its value in the property the field's type
 * needs, so JSF converts and validates it as such (a number stays a BigDecimal, a choice a string).
 */
public class FieldInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final FieldDefinition field;
    private BigDecimal number;
    private String text;
    private Boolean bool;
    private List<String> choices = new ArrayList<>();

    public FieldInput(FieldDefinition field) {
        this.field = field;
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
            default -> text == null || text.isBlank() ? null : text;
        };
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
}
