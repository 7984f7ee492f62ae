package cn.kaifeng.tfs.program.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring an application against one program version: every gate, every criterion with its points
 * and reason, section totals, the total, the outcome with the rule that decided it, and the proposed award.
 * Deterministic: the same facts and the same version always give an equal assessment.
 */
public record Assessment(
        String programCode,
        int programVersion,
        String programHash,
        Map<String, String> derivedValues,
        List<GateResult> gates,
        List<SectionResult> sections,
        BigDecimal total,
        BigDecimal maxTotal,
        Outcome outcome,
        String directRoute,
        Explanation decidedBy,
        Money award,
        Explanation awardExplanation)
        implements Serializable {

    public boolean eligible() {
        return gates.stream().allMatch(GateResult::passed);
    }

    public List<GateResult> failedGates() {
        return gates.stream().filter(g -> !g.passed()).toList();
    }

    public List<CriterionResult> criteria() {
        return sections.stream().flatMap(s -> s.criteria().stream()).toList();
    }

    public CriterionResult criterion(String code) {
        return criteria().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion " + code));
    }

    public SectionResult section(String code) {
        return sections.stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + code));
    }
}
