package cn.kaifeng.tfs.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.domain.AgreementTemplate.ReportingPlan;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When progress reports fall due: every N months from signing, before the acceptance month, exact Beijing dates. */
class ReportCalendarTest {

    @ParameterizedTest(name = "signed {0}, every {1} until {2}: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // KF-RC-TEAM v7: every 6 months, acceptance in month 24
                "2026-03-15 | 6 | 24 | 2026-09-15 2027-03-15 2027-09-15",
                // KF-ZL-LEASING: every 6 months, acceptance in month 12: one report
                "2026-03-15 | 6 | 12 | 2026-09-15",
                // a day the due month lacks is its last day, and later dates keep the signing day
                "2026-08-31 | 6 | 24 | 2027-02-28 2027-08-31 2028-02-29",
                "2026-01-31 | 1 | 4  | 2026-02-28 2026-03-31 2026-04-30",
                // every 12 months with acceptance in month 12: the acceptance report only, no progress report
                "2026-05-01 | 12 | 12 | ",
                "2026-05-01 | 5 | 12 | 2026-10-01 2027-03-01",
                // across the year's end
                "2026-12-20 | 3 | 9 | 2027-03-20 2027-06-20",
            })
    void dueDates(LocalDate signed, int every, int acceptance, String expected) {
        List<ReportPeriod> periods = ReportCalendar.of(signed, new ReportingPlan(every, 0, acceptance));
        List<LocalDate> wanted = expected == null
                ? List.of()
                : Arrays.stream(expected.trim().split(" "))
                        .map(LocalDate::parse)
                        .toList();
        assertEquals(wanted, periods.stream().map(ReportPeriod::dueOn).toList());
        for (int i = 0; i < periods.size(); i++) {
            assertEquals(i + 1, periods.get(i).number());
            assertEquals(
                    i == 0 ? signed : periods.get(i - 1).dueOn().plusDays(1),
                    periods.get(i).from());
        }
    }

    @Test
    void midtermOnItsMonthOrNone() {
        LocalDate signed = LocalDate.parse("2026-03-15");
        assertEquals(
                LocalDate.parse("2027-03-15"),
                ReportCalendar.midtermOn(signed, new ReportingPlan(6, 12, 24)).orElseThrow());
        assertTrue(ReportCalendar.midtermOn(signed, new ReportingPlan(6, 0, 12)).isEmpty());
    }

    @ParameterizedTest(name = "due {0}, today {1}, {2}: dueSoon={3} overdue={4} open={5}")
    @CsvSource({
        "2026-09-15, 2026-09-07, , false, false, true",
        "2026-09-15, 2026-09-08, , true, false, true",
        "2026-09-15, 2026-09-15, , true, false, true",
        "2026-09-15, 2026-09-16, , false, true, true",
        "2026-09-15, 2026-09-16, SUBMITTED, false, false, true",
        "2026-09-15, 2026-09-16, RETURNED, false, true, true",
        "2026-09-15, 2026-09-16, ACCEPTED, false, false, true",
        "2026-09-15, 2026-09-10, RETURNED, true, false, true",
        "2026-09-15, 2026-03-14, , false, false, false",
    })
    void standing(LocalDate due, LocalDate today, ReportStatus status, boolean soon, boolean overdue, boolean open) {
        ReportPeriod period = new ReportPeriod(1, LocalDate.parse("2026-03-15"), due);
        assertEquals(soon, period.dueSoonOn(today, status));
        assertEquals(overdue, period.overdueOn(today, status));
        assertEquals(open, period.openOn(today));
    }

    @Test
    void noProgressReportsWithoutAnInterval() {
        assertTrue(ReportCalendar.of(LocalDate.parse("2026-03-15"), new ReportingPlan(0, 0, 12))
                .isEmpty());
    }
}
