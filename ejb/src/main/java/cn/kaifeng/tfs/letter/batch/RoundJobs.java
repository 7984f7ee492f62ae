package cn.kaifeng.tfs.letter.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import java.util.Properties;

/**
 * Starts the job of a round. An EJB so that the job is started with this module's class loader, where the job's
 * XML (META-INF/batch-jobs/issue-letters.xml) and its artifacts live, whichever module asks.
 */
@Stateless
@PermitAll // who may start a round is decided where it is created (reviewers); the timer resumes without a caller
public class RoundJobs {

    static final String JOB = "issue-letters";

    public long start(long roundId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.setProperty("roundId", String.valueOf(roundId));
        return operator.start(JOB, parameters);
    }
}
