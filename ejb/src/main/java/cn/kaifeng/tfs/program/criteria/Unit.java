package cn.kaifeng.tfs.program.criteria;

import cn.kaifeng.tfs.program.definition.Spec;
import cn.kaifeng.tfs.program.definition.TypeContext;
import cn.kaifeng.tfs.program.domain.Explanation;
import cn.kaifeng.tfs.program.domain.FieldType;
import cn.kaifeng.tfs.program.expression.Expression;
import java.math.BigDecimal;

/**
 * How a compared value and its bounds are printed: a ratio written 0.05 in the file reads "5%" in explanations and
 * labels, as the policy says it. {@code unit: percent} says so; a value that is a percentage field is percent without
 * saying.
 */
enum Unit {
    NUMBER,
    PERCENT;

    /** The unit a criterion states under {@code unit}, or the one its value implies. */
    static Unit of(Spec spec, Expression value, TypeContext context) {
        if (spec.has("unit")) {
            String written = spec.string("unit");
            if ("percent".equals(written)) {
                return PERCENT;
            }
            if ("number".equals(written)) {
                return NUMBER;
            }
            spec.get("unit").problem("unknownUnit", written);
            return NUMBER;
        }
        boolean percentField = value != null
                && context.field(value.source().strip())
                        .map(f -> f.type() == FieldType.PERCENTAGE)
                        .orElse(false);
        return percentField ? PERCENT : NUMBER;
    }

    String format(BigDecimal value) {
        return this == PERCENT ? Explanation.plain(value.movePointRight(2)) + "%" : Explanation.plain(value);
    }
}
