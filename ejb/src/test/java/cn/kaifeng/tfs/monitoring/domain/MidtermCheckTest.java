package cn.kaifeng.tfs.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mid-term checks: a rectification is followed by another check; a pass or a failure ends them. */
class MidtermCheckTest {

    private static final Instant T = Instant.parse("2027-03-20T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2027-03-20");

    private static MidtermCheck check(List<MidtermCheck> earlier, MidtermResult result) {
        return MidtermCheck.record(
                7,
                earlier,
                null,
                new MidtermCheck.Conclusion(
                        result,
                        result == MidtermResult.RECTIFY ? TODAY.plusDays(30) : null,
                        result == MidtermResult.RECTIFY ? "补齐设备台账" : null),
                TODAY,
                "rev",
                T);
    }

    @Test
    void rectifyThenPass() {
        MidtermCheck first = check(List.of(), MidtermResult.RECTIFY);
        assertEquals(1, first.checkNumber());
        assertEquals(TODAY.plusDays(30), first.rectifyBy());
        MidtermCheck second = check(List.of(first), MidtermResult.PASSED);
        assertEquals(2, second.checkNumber());
        assertNull(second.rectifyBy());
    }

    @ParameterizedTest(name = "nothing after {0}")
    @CsvSource({"PASSED", "FAILED"})
    void concludedChecksEnd(MidtermResult result) {
        MidtermCheck done = check(List.of(), result);
        for (MidtermResult next : MidtermResult.values()) {
            DomainException e = assertThrows(DomainException.class, () -> check(List.of(done), next));
            assertEquals("midterm.concluded", e.messageKey());
        }
    }

    @ParameterizedTest(name = "visit {0} / {1}, rectify by {2} [{3}]: {4}")
    @CsvSource({
        "2027-03-21, 开封市, , , PASSED, midterm.visitInFuture",
        ", 开封市, , , PASSED, midterm.visitDateRequired",
        "2027-03-19, '', , , PASSED, midterm.placeRequired",
        ", , 2027-03-20, 补资料, RECTIFY, midterm.rectifyByFuture",
        ", , , 补资料, RECTIFY, midterm.rectifyByFuture",
        ", , 2027-04-20, '', RECTIFY, midterm.rectifyWhatRequired",
    })
    void badInputRefused(
            LocalDate visitOn, String place, LocalDate rectifyBy, String what, MidtermResult result, String key) {
        DomainException e = assertThrows(
                DomainException.class,
                () -> MidtermCheck.record(
                        7,
                        List.of(),
                        new MidtermCheck.Visit(visitOn, place, null, null),
                        new MidtermCheck.Conclusion(result, rectifyBy, what),
                        TODAY,
                        "rev",
                        T));
        assertEquals(key, e.messageKey());
    }

    @Test
    void aResultIsRequired() {
        assertEquals(
                "midterm.resultRequired",
                assertThrows(
                                DomainException.class,
                                () -> MidtermCheck.record(
                                        7,
                                        List.of(),
                                        null,
                                        new MidtermCheck.Conclusion(null, null, null),
                                        TODAY,
                                        "rev",
                                        T))
                        .messageKey());
    }

    @Test
    void aVisitIsKept() {
        MidtermCheck c = MidtermCheck.record(
                7,
                List.of(),
                new MidtermCheck.Visit(TODAY.minusDays(2), " 开封市金明区 ", "张三、李四", "设备已安装"),
                new MidtermCheck.Conclusion(MidtermResult.PASSED, null, null),
                TODAY,
                "rev",
                T);
        assertEquals("开封市金明区", c.visitPlace());
        assertEquals(TODAY.minusDays(2), c.visitedOn());
        assertEquals("设备已安装", c.findings());
    }
}
