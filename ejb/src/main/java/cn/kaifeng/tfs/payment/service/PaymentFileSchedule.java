package cn.kaifeng.tfs.payment.service;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Writes the day's payment file at 17:00 Beijing time, after the day's approvals; each hour until 23:00 it tries again
 * if the day has no file by the schedule yet (the server was down at 17:00, or the database). Non-persistent like the
 * other schedules: every node runs it, and the file's unique (day, sequence) and the row locks on the approved
 * payments let only one node write the file and put each payment in it once.
 */
@Singleton
// timers fire from deployment on; the schema must be migrated before the first one touches a table
@DependsOn("SchemaMigration")
public class PaymentFileSchedule {

    private static final Logger LOG = Logger.getLogger(PaymentFileSchedule.class);

    @Inject
    private PaymentFileService files;

    @Schedule(hour = "17-23", minute = "0", timezone = "Asia/Shanghai", persistent = false)
    void writeTheDaysFile() {
        try {
            files.daily()
                    .ifPresent(f -> LOG.infof("Payment file %s written: %d payments", f.fileName(), f.lineCount()));
        } catch (RuntimeException e) {
            // another node wrote it at the same moment (unique day and sequence), or the database is away: next hour
            LOG.warnf("Payment file not written by this node: %s", e.toString());
        }
    }
}
