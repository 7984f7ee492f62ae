package cn.kaifeng.tfs.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Agreements;
import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Reviewers;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily reminder run of the progress reports on the real server: a talent team award signed a year less three
 * days ago has its first report overdue and its second due in three days. The day's run (called as the hourly tick
 * calls it once its hour has come) tells the organisation of each once, and its notifications page shows both; a
 * second run the same day is refused by the day's claim, and even a day run again (its claim cleared, as a second
 * node racing or an operator would) finds every reminder's key taken and tells nobody twice.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderRunIT {

    @Deployment(name = "probe")
    static WebArchive probe() {
        return ProbeArchive.withHttpHelpers("notice-probe.war")
                .addClasses(NoticeClock.class, Agreements.class, ScheduleRuns.class);
    }

    @EJB
    private Probe probe;

    @Test
    @OperateOnDeployment("probe")
    void dueSoonAndOverdueReportsReachTheApplicantOnceEvenWhenTheDayRunsAgain() {
        WebClient team = Applicants.newTeam(TestData.username("tixing"), "提醒测试团队" + TestData.username("t"));
        WebClient reviewer = Applicants.as("demo.reviewer");
        String number = Applicants.submitted(team, "KF-RC-TEAM");
        long id = Reviewers.idOf(team, number);
        probe.inTransaction(em -> em.createNativeQuery("UPDATE application SET status = 'REVIEW_CONCLUDED',"
                        + " outcome = 'PASSED', total = 90, award = 200000 WHERE id = " + id)
                .executeUpdate());
        Agreements.signedAfterConclusion(team, reviewer, number, id);

        // signed a year less three days ago (Beijing): report 1 (month 6) is overdue, report 2 (month 12) due in 3 days
        LocalDate day = ScheduleRuns.today();
        OffsetDateTime signed =
                OffsetDateTime.of(day.minusMonths(12).plusDays(3), LocalTime.NOON, ZoneOffset.ofHours(8));
        assertEquals(1, (int) probe.inTransaction(
                em -> em.createNativeQuery("UPDATE agreement SET accepted_at = ?1 WHERE application_id = ?2")
                        .setParameter(1, signed)
                        .setParameter(2, id)
                        .executeUpdate()));
        assertEquals(0L, reminders(id, "REPORT_DUE") + reminders(id, "REPORT_OVERDUE"), "none before the run");

        int sent = runToday(day);
        assertTrue(sent >= 2, "at least this award's two reminders: " + sent);
        assertEquals(1L, reminders(id, "REPORT_OVERDUE"), "the overdue report, once");
        assertEquals(1L, reminders(id, "REPORT_DUE"), "the report due in three days, once");
        String page = team.get("/applicant/notifications.xhtml").body();
        assertTrue(page.contains(number + "：有一期进度报告已逾期"), "the overdue notice is listed");
        assertTrue(page.contains(number + "：有一期进度报告将在 7 天内到期"), "the due-soon notice is listed");
        String reports = reviewer.get("/reviewer/reports.xhtml").body();
        assertTrue(reports.contains(number), "the bureau's list shows it overdue");

        // the same day again: its claim refuses a second run
        assertEquals(-1, ScheduleRuns.runDay("ReminderSchedule", day));
        // the day's claim cleared and run again: each reminder's key is taken, nobody is told twice
        runToday(day);
        assertEquals(1L, reminders(id, "REPORT_OVERDUE"));
        assertEquals(1L, reminders(id, "REPORT_DUE"));
    }

    /** Today's run from a clear claim, in one transaction so the hourly tick cannot take the day in between. */
    private int runToday(LocalDate day) {
        return probe.inTransaction(em -> {
            em.createNativeQuery("DELETE FROM monitoring_run WHERE run_day = ?1")
                    .setParameter(1, day)
                    .executeUpdate();
            return ScheduleRuns.runDay("ReminderSchedule", day);
        });
    }

    private long reminders(long applicationId, String kind) {
        return probe.<Number>inTransaction(em -> (Number) em.createNativeQuery(
                                "SELECT COUNT(*) FROM notification WHERE application_id = ?1 AND kind = ?2")
                        .setParameter(1, applicationId)
                        .setParameter(2, kind)
                        .getSingleResult())
                .longValue();
    }
}
