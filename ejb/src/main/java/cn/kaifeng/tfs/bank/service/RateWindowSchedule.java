package cn.kaifeng.tfs.bank.service;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;

/** Clears rate-limit windows nobody will count against again. Any node may do it; doing it twice is harmless. */
@Singleton
@DependsOn("SchemaMigration")
public class RateWindowSchedule {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @Inject
    private QueryLogWriter writer;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void forgetOldWindows() {
        writer.forgetOldWindows(clock.instant());
    }
}
