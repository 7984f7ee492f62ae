package cn.kaifeng.tfs.monitoring.service;

import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.monitoring.domain.ReportPeriod;
import cn.kaifeng.tfs.monitoring.service.MonitoringService.PeriodView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The daily reminder run of the progress reports: every report due within the reminder's days and every report
 * overdue is told to its organisation once ({@link ReportDueDateNeared}, {@link ReportDueDatePassed}). Only
 * {@link ReminderSchedule} starts it.
 */
@ApplicationScoped
@Transactional
public class ReportReminders {

    /** The daily run reminds from this hour (Beijing time), on the first tick after it. */
    static final int REMIND_FROM_HOUR = 7;

    /** Inserts the day's row (?1) with its start (?2) unless it is there. */
    static final String CLAIM = "INSERT INTO monitoring_run (run_day, started_at) SELECT ?1, ?2"
            + " WHERE NOT EXISTS (SELECT 1 FROM monitoring_run WHERE run_day = ?1)";

    /** Stores a reminder's key unless it is there: ?1 application, ?2 period, ?3 kind, ?4 when. */
    static final String REMIND = "INSERT INTO report_reminder (application_id, period_number, kind, sent_at)"
            + " SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM report_reminder"
            + " WHERE application_id = ?1 AND period_number = ?2 AND kind = ?3)";

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AwardSchedules schedules;

    @Inject
    private Event<ReportDueDateNeared> fellDue;

    @Inject
    private Event<ReportDueDatePassed> wentOverdue;

    /** Today's run, from the reminders' hour on (Beijing time); -1 before it or when it ran already. */
    public int remindIfDue() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(AwardSchedules.BEIJING));
        if (now.getHour() < REMIND_FROM_HOUR) {
            return -1;
        }
        return remindOn(now.toLocalDate());
    }

    /**
     * The run of {@code day}, if no node has claimed that day's yet. The claim, the reminders' keys and the
     * notifications commit together: a run that fails leaves no claim, and the next tick runs it again. Returns the
     * reminders sent, or -1 when this node did not run it (a second node's claim meets the first's key and fails,
     * which the schedule logs).
     */
    public int remindOn(LocalDate day) {
        int claimed = em.createNativeQuery(CLAIM)
                .setParameter(1, day)
                .setParameter(2, clock.instant())
                .executeUpdate();
        if (claimed != 1) {
            return -1;
        }
        int sent = 0;
        for (Agreement agreement : schedules.signedAgreements()) {
            for (PeriodView view : schedules.periodsOf(agreement, schedules.templateOf(agreement), day)) {
                ReportPeriod p = view.period();
                if (view.overdue() && stored(agreement, p, "OVERDUE")) {
                    wentOverdue.fire(new ReportDueDatePassed(
                            agreement.organisationId(),
                            agreement.applicationId(),
                            agreement.caseNumber(),
                            p.number(),
                            p.dueOn(),
                            clock.instant()));
                    sent++;
                } else if (view.dueSoon() && stored(agreement, p, "DUE")) {
                    fellDue.fire(new ReportDueDateNeared(
                            agreement.organisationId(),
                            agreement.applicationId(),
                            agreement.caseNumber(),
                            p.number(),
                            p.dueOn(),
                            clock.instant()));
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean stored(Agreement agreement, ReportPeriod period, String kind) {
        return em.createNativeQuery(REMIND)
                        .setParameter(1, agreement.applicationId())
                        .setParameter(2, period.number())
                        .setParameter(3, kind)
                        .setParameter(4, clock.instant())
                        .executeUpdate()
                == 1;
    }
}
