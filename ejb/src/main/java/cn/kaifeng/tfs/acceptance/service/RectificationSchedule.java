package cn.kaifeng.tfs.acceptance.service;

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
 * Looks each hour, from 07:00 (Beijing time) like the report reminders ({@code monitoring.service.ReminderSchedule}),
 * for rectification deadlines (限期整改) that passed without a second acceptance request, and has each told once
 * ({@link AcceptanceConclusionService#noticeLapsedOn}). No day row is needed: the mark on the acceptance is the
 * condition of the update that sets it, so two nodes ticking at once notice each acceptance once between them.
 */
@Singleton
// timers fire from deployment on; the schema must be migrated before the first one touches a table
@DependsOn("SchemaMigration")
public class RectificationSchedule {

    private static final Logger LOG = Logger.getLogger(RectificationSchedule.class);

    @Inject
    private AcceptanceConclusionService conclusions;

    // the run is one transaction of the service's own
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(hour = "*", minute = "23", persistent = false)
    void hourly() {
        try {
            int noticed = conclusions.noticeLapsedIfDue();
            if (noticed > 0) {
                LOG.infof("Missed rectification deadlines noticed: %d", noticed);
            }
        } catch (RuntimeException e) {
            // the database is away, or another node's update met this one's: the next tick
            LOG.warnf("Missed rectification deadlines not looked for by this node: %s", e.toString());
        }
    }

    /** The look for missed deadlines as on {@code day}, as the hourly tick does for today (see ReminderSchedule). */
    // local only (no remote view), and it does what the timer does, which has no caller either: nothing to check
    @PermitAll
    public int runDay(LocalDate day) {
        return conclusions.noticeLapsedOn(day);
    }
}
