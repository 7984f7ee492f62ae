package cn.kaifeng.tfs.program.domain;

import java.math.BigDecimal;

/**
 * A scoring criterion (评分标准): its type's compiled rule, its maximum, and the clause it implements.
 * A bonus criterion (加分项) adds points but its section still never exceeds the section's maximum.
 */
public record Criterion(
        String code, LocalizedText name, PolicySource source, String type, ScoringRule rule, boolean bonus) {

    public BigDecimal max() {
        return rule.max();
    }

    public boolean expertJudged() {
        return rule.expertJudged();
    }
}
