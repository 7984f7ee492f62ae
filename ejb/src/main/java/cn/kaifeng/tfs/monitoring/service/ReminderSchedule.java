package cn.kaifeng.tfs.monitoring.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Reminds organisations of progress reports due within a week and tells them of reports overdue, once a day across
 * the cluster: every node ticks each hour, and the first tick from 07:00 (Beijing time) on the node that claims the
 * day's row in the database runs it; a day the servers were down is run at the next tick. Each report is told once
 * per kind whatever happens (the reminder's key in {@code report_reminder}).
 *
 * <p>Not a persistent EJB timer, for the reason the nightly matching gives ({@code matching.service.MatchingSchedule}):
 * WildFly's database timer store creates its table before the migrations run, which Flyway then refuses; the day's
 * row gives what the persistent timer would (once a day cluster-wide, caught up after downtime).
 */
@Singleton
// timers fire from deployment on; the schema must be migrated before the first one touches a table
@DependsOn("SchemaMigration")
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class);

    @Inject
    private ReportReminders reminders;

    // the run is one transaction of the service's own
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        try {
            int sent = reminders.remindIfDue();
            if (sent >= 0) {
                LOG.infof("Report reminders sent: %d", sent);
            }
        } catch (RuntimeException e) {
            // another node claimed the day at the same moment (its key), or the database is away: the next tick
            LOG.warnf("Report reminders not sent by this node: %s", e.toString());
        }
    }

    /**
     * The run of one day, as the hourly tick runs today's once its hour has come: what an operator calls to run a
     * day again after clearing its row, and what the integration tests call instead of waiting for the hour.
     * Returns the reminders sent, or -1 when the day was claimed already.
     */
    // local only (no remote view), and it does what the timer does, which has no caller either: nothing to check
    @PermitAll
    public int runDay(LocalDate day) {
        return reminders.remindOn(day);
    }
}
