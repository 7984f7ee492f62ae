package cn.kaifeng.tfs.account.service;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Forgets old login attempts every hour, on every node (the delete is the same on each, so no coordination). */
@Singleton
@DependsOn("SchemaMigration")
public class LoginBackoffSchedule {

    @Inject
    private LoginBackoffService backoff;

    @Schedule(hour = "*", minute = "23", persistent = false)
    void forget() {
        backoff.forgetOld();
    }
}
