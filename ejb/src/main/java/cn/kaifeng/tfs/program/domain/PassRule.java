package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.util.Map;

/**
 * 通过标准: a minimum total and, optionally, minimums for some sections (e.g. technology 不低于 25) and for single
 * criteria (e.g. 核心技术 高于 10). Section and criterion codes share the definition's one namespace of part codes.
 */
public record PassRule(
        Minimum total,
        Map<String, Minimum> sectionMinimums,
        Map<String, Minimum> criterionMinimums,
        PolicySource source)
        implements Serializable {

    /** Whether the rule asks more than a total: the explanations then say every part met its minimum too. */
    public boolean hasPartMinimums() {
        return !sectionMinimums.isEmpty() || !criterionMinimums.isEmpty();
    }
}
