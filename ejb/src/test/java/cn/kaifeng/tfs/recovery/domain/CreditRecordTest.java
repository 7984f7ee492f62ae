package cn.kaifeng.tfs.recovery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A 失信 record is in force for its months, expires by its date without anyone acting, and is lifted only with a reason. */
class CreditRecordTest {

    private static final Instant T = Instant.parse("2026-03-01T02:00:00Z");

    private static CreditRecord record(String from, int months) {
        return new CreditRecord(3L, 9L, "追回款逾期未缴", LocalDate.parse(from), months, "demo.reviewer", T);
    }

    @ParameterizedTest(name = "{0} + {1} months: last day {2}")
    @CsvSource({
        "2026-03-31, 36, 2029-03-30",
        "2026-01-01, 12, 2026-12-31",
        "2026-01-31, 1, 2026-02-27",
        "2028-02-29, 12, 2029-02-27",
    })
    void itLastsItsMonthsToTheDayBefore(String from, int months, String last) {
        CreditRecord r = record(from, months);
        LocalDate end = LocalDate.parse(last);
        assertEquals(end, r.endsOn());
        assertEquals(CreditStatus.ACTIVE, r.statusOn(LocalDate.parse(from)));
        assertTrue(r.inForceOn(end), "in force on its last day");
        assertEquals(CreditStatus.EXPIRED, r.statusOn(end.plusDays(1)), "expired the day after, by the date alone");
        assertFalse(r.inForceOn(end.plusDays(1)));
        assertFalse(r.inForceOn(LocalDate.parse(from).minusDays(1)), "not before its first day");
    }

    @Test
    void aReviewerLiftsItWithAReasonOnceAndNotAfterItExpired() {
        CreditRecord r = record("2026-03-01", 36);
        LocalDate day = LocalDate.parse("2026-06-01");
        assertEquals(
                "recovery.reasonRequired",
                assertThrows(DomainException.class, () -> r.lift("demo.reviewer2", "  ", day, T))
                        .messageKey());
        assertEquals(CreditStatus.ACTIVE, r.statusOn(day), "a refused lifting changes nothing");
        r.lift("demo.reviewer2", "已全额缴回并补缴资金占用费", day, T);
        assertEquals(CreditStatus.LIFTED, r.statusOn(day));
        assertEquals(CreditStatus.LIFTED, r.statusOn(LocalDate.parse("2030-01-01")), "lifted stays lifted");
        assertFalse(r.inForceOn(day));
        assertEquals("demo.reviewer2", r.liftedBy());
        assertEquals(
                "credit.notInForce",
                assertThrows(DomainException.class, () -> r.lift("demo.reviewer", "再次解除", day, T))
                        .messageKey());

        CreditRecord old = record("2020-01-01", 12);
        assertEquals(
                "credit.notInForce",
                assertThrows(DomainException.class, () -> old.lift("demo.reviewer", "已过期", day, T))
                        .messageKey());
    }

    @Test
    void aRecordNeedsAReasonThatFitsItsColumn() {
        assertEquals(
                "recovery.reasonTooLong",
                assertThrows(
                                DomainException.class,
                                () -> new CreditRecord(3L, 9L, "失".repeat(501), LocalDate.now(), 36, "r", T))
                        .messageKey());
    }
}
