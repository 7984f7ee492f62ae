package cn.kaifeng.tfs.review.service;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Ends public notices whose period is over, every ten seconds. The end date is stored with the application, so a
 * restart loses nothing: the first run afterwards moves on whatever fell due while the server was down. Every node
 * runs it; a row lock lets only one move each application.
 */
@Singleton
// timers fire from deployment on; the schema must be migrated before the first one touches a table
@DependsOn("SchemaMigration")
public class NoticeSchedule {

    private static final Logger LOG = Logger.getLogger(NoticeSchedule.class);

    @Inject
    private DecisionService decisions;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void endDueNotices() {
        for (Long id : decisions.dueNotices()) {
            try {
                decisions.endNotice(id);
            } catch (RuntimeException e) {
                // tried again on the next run
                LOG.warnf("Public notice of application %d not ended yet: %s", id, e.toString());
            }
        }
    }
}
