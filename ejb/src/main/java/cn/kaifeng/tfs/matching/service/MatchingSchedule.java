package cn.kaifeng.tfs.matching.service;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Matches every profile against the open programs once a night, across the cluster. Every node ticks each hour;
 * the first tick from 02:43 (Beijing time) on the node that claims the day's row in the database runs it, so it runs
 * once a day whichever nodes are up, and a night the servers were down is run at the next tick.
 *
 * <p>Not a persistent EJB timer: WildFly's database timer store creates its table in the application's schema as
 * the server starts, before the application's migrations, and Flyway then refuses to migrate a fresh database
 * ("non-empty schema without history"); a store of its own would need a second schema or datasource per database
 * kind. The day's row gives what the persistent timer would (once per day cluster-wide, caught up after downtime)
 * with nothing to configure, like the other schedules here.
 */
@Singleton
@DependsOn("SchemaMigration")
public class MatchingSchedule {

    private static final Logger LOG = Logger.getLogger(MatchingSchedule.class);

    @Inject
    private MatchingService matching;

    // the run commits chunk by chunk; no transaction of its own to outlast
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(hour = "*", minute = "43", persistent = false)
    void hourly() {
        long start = System.nanoTime();
        try {
            int stored = matching.nightlyIfDue();
            if (stored >= 0) {
                LOG.infof(
                        "Nightly matching stored %d matches in %d ms", stored, (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RuntimeException e) {
            // the day's row is claimed: the next night runs again; profile changes are matched meanwhile
            LOG.warnf("Nightly matching failed: %s", e.toString());
        }
    }
}
