package cn.kaifeng.tfs.privacy.service;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Applies the retention rules every night, on every node: the second node finds nothing left to remove, so no
 * coordination is needed (and none is lost when a node is down).
 */
@Singleton
@DependsOn("SchemaMigration")
public class RetentionSchedule {

    @Inject
    private RetentionService retention;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        retention.apply("system", false);
    }
}
