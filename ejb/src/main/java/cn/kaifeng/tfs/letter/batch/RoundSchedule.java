package cn.kaifeng.tfs.letter.batch;

import cn.kaifeng.tfs.letter.service.LetterRoundService;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Resumes rounds whose job died with its node (a crash, a kill, a power cut): every 10 seconds each node looks
 * for rounds silent for half a minute and claims them; exactly one node wins each and starts its job again, which
 * carries on with the pending letters only.
 */
@Singleton
// timers fire from deployment on; the schema must be migrated before the first one touches a table
@DependsOn("SchemaMigration")
public class RoundSchedule {

    private static final Logger LOG = Logger.getLogger(RoundSchedule.class);

    @Inject
    private LetterRoundService rounds;

    @Inject
    private RoundJobs jobs;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void resumeAbandoned() {
        try {
            for (Long round : rounds.claimAbandoned()) {
                LOG.infof("Resuming letter round %d, left unfinished by a job that stopped", round);
                jobs.start(round);
            }
        } catch (RuntimeException e) {
            // the database may be starting or away: the next run tries again
            LOG.debugf("Letter rounds not checked: %s", e);
        }
    }
}
