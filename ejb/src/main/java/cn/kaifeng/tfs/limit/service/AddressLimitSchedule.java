package cn.kaifeng.tfs.limit.service;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Forgets the public forms' old windows every hour, on every node (the delete is the same on each). */
@Singleton
@DependsOn("SchemaMigration")
public class AddressLimitSchedule {

    @Inject
    private AddressLimitService limits;

    @Schedule(hour = "*", minute = "37", persistent = false)
    void forget() {
        limits.forgetOld();
    }
}
