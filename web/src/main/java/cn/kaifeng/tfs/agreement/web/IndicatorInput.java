package cn.kaifeng.tfs.agreement.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A number typed for one indicator of an agreement, by its code: the target the applicant proposes, the value a
 * progress report has reached, the value achieved at the acceptance. One input per indicator, in the agreement's
 * order.
 */
public final class IndicatorInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private BigDecimal value;

    public IndicatorInput(String code, BigDecimal value) {
        this.code = code;
        this.value = value;
    }

    /** The values typed, by indicator code; those left empty are left out, for the service to ask for. */
    public static Map<String, BigDecimal> typed(List<IndicatorInput> inputs) {
        Map<String, BigDecimal> typed = new HashMap<>();
        inputs.stream().filter(v -> v.getValue() != null).forEach(v -> typed.put(v.getCode(), v.getValue()));
        return typed;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }
}
