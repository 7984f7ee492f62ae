package cn.kaifeng.tfs.bank.domain;

import java.time.Instant;
import java.util.List;

/**
 * The answer for one program: the status, why, the support it rests on (null when none is in force), and the
 * eligible list (名单) version it was checked against (null before the program's first list).
 */
public record ProgramEligibility(
        String programCode,
        EligibilityStatus status,
        List<Reason> reasons,
        Support support,
        Integer eligibleListVersion,
        Instant eligibleListPublishedAt) {

    public ProgramEligibility {
        reasons = List.copyOf(reasons);
    }
}
