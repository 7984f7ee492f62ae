package cn.kaifeng.tfs.audit.service;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Chains new audit records every few seconds. Not a persistent timer: every node runs it, and the head row's lock
 * lets one at a time do the work, so nothing depends on which node is up.
 */
@Singleton
// timers fire from deployment on; the schema must be migrated before the first one touches a table
@DependsOn("SchemaMigration")
public class AuditSchedule {

    private static final Logger LOG = Logger.getLogger(AuditSchedule.class);

    @Inject
    private AuditService trail;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void chain() {
        try {
            trail.chainAll();
        } catch (RuntimeException e) {
            // the records wait in the table; the next run picks them up
            LOG.warnf("Audit chaining deferred: %s", e.toString());
        }
    }
}
