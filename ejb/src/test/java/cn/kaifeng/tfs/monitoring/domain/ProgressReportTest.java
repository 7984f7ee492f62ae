package cn.kaifeng.tfs.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A report's life: submitted, returned, submitted again, accepted; every other move refused with its key. */
class ProgressReportTest {

    private static final Instant T = Instant.parse("2026-09-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-09-01");
    private static final ReportPeriod PERIOD =
            new ReportPeriod(1, LocalDate.parse("2026-03-15"), LocalDate.parse("2026-09-15"));
    private static final List<String> CODES = List.of("patents", "revenue");

    private static ProgressReport.Contents contents(String summary, String patents, String revenue, long spentFen) {
        return new ProgressReport.Contents(
                summary,
                patents == null
                        ? Map.of("revenue", new BigDecimal(revenue))
                        : Map.of("patents", new BigDecimal(patents), "revenue", new BigDecimal(revenue)),
                Money.ofFen(spentFen));
    }

    private static ProgressReport submitted() {
        return ProgressReport.submit(7, 3, PERIOD, TODAY, CODES, contents("完成中试", "2", "150.5", 12_345_678), "a", T);
    }

    @Test
    void theWholeLife() {
        ProgressReport r = submitted();
        assertEquals(ReportStatus.SUBMITTED, r.status());
        assertEquals(12_345_678, r.spent().fen());
        assertEquals(new BigDecimal("150.5"), r.reached().get("revenue"));
        r.returnToApplicant("请补充发票清单", "rev", T);
        assertEquals(ReportStatus.RETURNED, r.status());
        assertEquals("请补充发票清单", r.returnReason());
        r.resubmit(CODES, contents("完成中试，补充发票", "3", "160", 12_345_679), "a", T);
        assertEquals(ReportStatus.SUBMITTED, r.status());
        assertEquals(new BigDecimal("3"), r.reached().get("patents"));
        r.accept("rev", T);
        assertEquals(ReportStatus.ACCEPTED, r.status());
    }

    @ParameterizedTest(name = "{0} from {1} refused")
    @CsvSource({
        "RESUBMIT, SUBMITTED",
        "RESUBMIT, ACCEPTED",
        "RETURN, RETURNED",
        "RETURN, ACCEPTED",
        "ACCEPT, RETURNED",
        "ACCEPT, ACCEPTED"
    })
    void illegalMoves(ReportMove move, ReportStatus from) {
        DomainException e = assertThrows(DomainException.class, () -> move.target(from));
        assertEquals("report.illegalMove", e.messageKey());
    }

    @Test
    void acceptedIsFinal() {
        ProgressReport r = submitted();
        r.accept("rev", T);
        assertEquals(
                "report.illegalMove",
                assertThrows(DomainException.class, () -> r.returnToApplicant("x", "rev", T))
                        .messageKey());
        assertEquals(
                "report.illegalMove",
                assertThrows(DomainException.class, () -> r.resubmit(CODES, contents("x", "1", "1", 1), "a", T))
                        .messageKey());
    }

    @ParameterizedTest(name = "[{0}] {1} {2} {3}: {4}")
    @CsvSource({
        "'', 1, 1, 1, report.summaryRequired",
        "'   ', 1, 1, 1, report.summaryRequired",
        "ok, , 1, 1, report.valueMissing",
        "ok, -1, 1, 1, report.valueNegative",
        "ok, 1.00001, 1, 1, report.valueRange",
        "ok, 1000000000000, 1, 1, report.valueRange",
    })
    void badContentsRefused(String summary, String patents, String revenue, long spent, String key) {
        DomainException e = assertThrows(
                DomainException.class,
                () -> ProgressReport.submit(
                        7, 3, PERIOD, TODAY, CODES, contents(summary, patents, revenue, spent), "a", T));
        assertEquals(key, e.messageKey());
    }

    @Test
    void returnNeedsAReason() {
        ProgressReport r = submitted();
        assertEquals(
                "report.reasonRequired",
                assertThrows(DomainException.class, () -> r.returnToApplicant(" ", "rev", T))
                        .messageKey());
        assertEquals(ReportStatus.SUBMITTED, r.status());
    }

    @Test
    void notBeforeThePeriodBegins() {
        assertEquals(
                "report.notOpen",
                assertThrows(
                                DomainException.class,
                                () -> ProgressReport.submit(
                                        7,
                                        3,
                                        PERIOD,
                                        LocalDate.parse("2026-03-14"),
                                        CODES,
                                        contents("x", "1", "1", 1),
                                        "a",
                                        T))
                        .messageKey());
    }

    @Test
    void spentIsRequired() {
        assertEquals(
                "report.spentRequired",
                assertThrows(
                                DomainException.class,
                                () -> ProgressReport.submit(
                                        7,
                                        3,
                                        PERIOD,
                                        TODAY,
                                        CODES,
                                        new ProgressReport.Contents("x", Map.of(), null),
                                        "a",
                                        T))
                        .messageKey());
    }
}
