package cn.kaifeng.tfs.monitoring.domain;

import static cn.kaifeng.tfs.monitoring.domain.ReportStatus.ACCEPTED;
import static cn.kaifeng.tfs.monitoring.domain.ReportStatus.RETURNED;
import static cn.kaifeng.tfs.monitoring.domain.ReportStatus.SUBMITTED;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.MessageKey;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every step of a progress report after its first submission, from which states it may be taken and where it leads;
 * anything else is refused with the step and the state named, in the user's language.
 */
public enum ReportMove {
    /** The applicant submits the report again after it was returned. */
    RESUBMIT(EnumSet.of(RETURNED), SUBMITTED),
    /** The reviewer sends it back with a reason. */
    RETURN(EnumSet.of(SUBMITTED), RETURNED),
    /** The reviewer accepts it. */
    ACCEPT(EnumSet.of(SUBMITTED), ACCEPTED);

    private final Set<ReportStatus> from;
    private final ReportStatus to;

    ReportMove(Set<ReportStatus> from, ReportStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ReportStatus status) {
        return from.contains(status);
    }

    /** Where the step leads from {@code status}; refused with a clear reason when it cannot be taken. */
    public ReportStatus target(ReportStatus status) {
        if (!allowedFrom(status)) {
            throw new DomainException(
                    "report.illegalMove",
                    new MessageKey("report.move." + name()),
                    new MessageKey("report.status." + status.name()));
        }
        return to;
    }
}
