package cn.kaifeng.tfs.program.service;

import cn.kaifeng.tfs.program.domain.Outcome;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import java.math.BigDecimal;
import java.util.List;

/**
 * Scores the applications already submitted to a program with another version of it (a draft, before it is
 * published), storing nothing. The applications belong to the case file (casefile), which sits above this feature and answers
 * ({@code casefile.service.ApplicationService}).
 */
public interface DryRuns {

    /** One submitted application as recorded and as the draft version would score it. */
    record Row(
            String number,
            BigDecimal recordedTotal,
            Outcome recordedOutcome,
            BigDecimal draftTotal,
            Outcome draftOutcome) {

        public boolean changed() {
            return recordedOutcome != draftOutcome
                    || (recordedTotal == null ? draftTotal != null : recordedTotal.compareTo(draftTotal) != 0);
        }
    }

    /** Every submitted application of the version's program, scored by that version with the values as submitted. */
    List<Row> dryRun(ProgramDefinition version);
}
