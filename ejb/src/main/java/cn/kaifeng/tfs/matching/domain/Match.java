package cn.kaifeng.tfs.matching.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One program version matched against one profile: the verdict, the points known facts give and the most the rest
 * could add, the fields whose facts the profile does not state (by code, in form order), the estimate, and the
 * reasons.
 */
public record Match(
        String programCode,
        int programVersion,
        Verdict verdict,
        BigDecimal knownPoints,
        List<String> unknownFields,
        Estimate estimate,
        Reasons reasons) {

    public Match {
        unknownFields = List.copyOf(unknownFields);
    }
}
