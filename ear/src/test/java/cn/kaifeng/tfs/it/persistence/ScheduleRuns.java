package cn.kaifeng.tfs.it.persistence;

import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs one day of a daily schedule of the application (its singleton's {@code runDay}) from a test in a probe
 * archive, instead of waiting for the hour its timer ticks at: looked up by its global JNDI name and called
 * reflectively, since the probe does not carry the application's classes. In the caller's transaction, if any.
 */
final class ScheduleRuns {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private ScheduleRuns() {}

    /** Beijing's today, the day the schedules count in. */
    static LocalDate today() {
        return LocalDate.now(BEIJING);
    }

    /** {@code bean}'s run of {@code day}, e.g. {@code runDay("ReminderSchedule", today())}. */
    static int runDay(String bean, LocalDate day) {
        try {
            Object schedule = new InitialContext().lookup("java:global/tfs/tfs-ejb/" + bean);
            return (Integer)
                    schedule.getClass().getMethod("runDay", LocalDate.class).invoke(schedule, day);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(bean + " failed", e.getCause());
        } catch (NamingException | ReflectiveOperationException e) {
            throw new IllegalStateException(bean + " cannot be called", e);
        }
    }
}
