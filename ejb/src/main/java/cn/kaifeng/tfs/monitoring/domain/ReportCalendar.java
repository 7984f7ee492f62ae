package cn.kaifeng.tfs.monitoring.domain;

import cn.kaifeng.tfs.program.domain.AgreementTemplate.ReportingPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The progress reports an agreement's schedule asks for: one every {@code progressEveryMonths} months from the day
 * of signing, before the acceptance month (the acceptance has a report of its own, 验收报告, and is not a progress
 * report). A report due on a day the month does not have (signed on 31 August, due six months later) is due on the
 * month's last day, as {@link LocalDate#plusMonths} counts. Counted from the first day each time, not from the
 * previous due date, so a short month does not shift the later dates.
 */
public final class ReportCalendar {

    private ReportCalendar() {}

    public static List<ReportPeriod> of(LocalDate signedOn, ReportingPlan plan) {
        Objects.requireNonNull(signedOn, "signedOn");
        int every = plan.progressEveryMonths();
        List<ReportPeriod> periods = new ArrayList<>();
        if (every <= 0) {
            return periods;
        }
        LocalDate from = signedOn;
        for (int n = 1; n * every < plan.acceptanceMonth(); n++) {
            LocalDate due = signedOn.plusMonths((long) n * every);
            periods.add(new ReportPeriod(n, from, due));
            from = due.plusDays(1);
        }
        return periods;
    }

    /** The period with this number, if the schedule has it. */
    public static Optional<ReportPeriod> period(List<ReportPeriod> periods, int number) {
        return periods.stream().filter(p -> p.number() == number).findFirst();
    }

    /** The day of the mid-term check the schedule names (empty when it holds none). */
    public static Optional<LocalDate> midtermOn(LocalDate signedOn, ReportingPlan plan) {
        return plan.hasMidterm() ? Optional.of(signedOn.plusMonths(plan.midtermMonth())) : Optional.empty();
    }
}
