package cn.kaifeng.tfs.monitoring.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One progress report of an agreement's schedule: its number (1, 2, ...), the first day it covers, and the day it is
 * due (Beijing dates). A report is overdue from the day after its due date until it is submitted; one returned to
 * the applicant counts as outstanding again.
 */
public record ReportPeriod(int number, LocalDate from, LocalDate dueOn) {

    /** How many days before the due date the applicant is reminded. */
    public static final int REMIND_DAYS_BEFORE = 7;

    /** Outstanding (none submitted, or returned) and past its due date on {@code today}. */
    public boolean overdueOn(LocalDate today, ReportStatus status) {
        return outstanding(status) && today.isAfter(dueOn);
    }

    /** Outstanding and due within the reminder's days (today included), not yet past its date. */
    public boolean dueSoonOn(LocalDate today, ReportStatus status) {
        long days = ChronoUnit.DAYS.between(today, dueOn);
        return outstanding(status) && days >= 0 && days <= REMIND_DAYS_BEFORE;
    }

    /** Whether the applicant may submit this period's report now: once its period has begun. */
    public boolean openOn(LocalDate today) {
        return !today.isBefore(from);
    }

    private static boolean outstanding(ReportStatus status) {
        return status == null || status == ReportStatus.RETURNED;
    }
}
