package cn.kaifeng.tfs.matching.service;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Matches every profile against the open programs each night. A persistent timer in the database's timer store
 * (config/server/timers.cli): in a cluster every node knows it, and the store lets one node run each expiry, so
 * the run happens once a night, and a night the server was down is run when it comes back.
 */
@Singleton
@DependsOn("SchemaMigration")
public class MatchingSchedule {

    private static final Logger LOG = Logger.getLogger(MatchingSchedule.class);

    @Inject
    private MatchingService matching;

    // the run commits chunk by chunk; no transaction of its own to outlast
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(hour = "2", minute = "43", persistent = true, info = "tfs nightly matching")
    void nightly() {
        long start = System.nanoTime();
        int stored = matching.matchAll();
        LOG.infof("Nightly matching stored %d matches in %d ms", stored, (System.nanoTime() - start) / 1_000_000);
    }
}
