package cn.kaifeng.tfs.riskpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.riskpool.domain.LoanEventCsv;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loan events' CSV file: read line by line, every problem with its line, nothing returned from a bad file. */
class RiskPoolCsvTest {

    static LoanEventCsv.Result read(String text) {
        return LoanEventCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGoodFileGivesItsLinesWithTheirNumbers() {
        LoanEventCsv.Result r = read("\uFEFF" + LoanEventCsv.HEADER + "\r\n"
                + "12,DRAWDOWN,2026-03-02,1000000,,,\r\n"
                + "12,REPAYMENT_PLAN,2026-03-02,,,,\"2026-09-01=500000;2027-03-01=500000\"\r\n"
                + "\r\n"
                + "12,REPAYMENT,2026-09-01,300000,12000.50,,\r\n");
        assertEquals(List.of(), r.problems());
        assertEquals(3, r.lines().size());
        assertEquals(2, r.lines().get(0).number());
        assertEquals(5, r.lines().get(2).number(), "blank lines still count");
        assertEquals(2, r.lines().get(1).plan().size());
        assertEquals(LocalDate.of(2027, 3, 1), r.lines().get(1).plan().get(1).dueOn());
        assertEquals(0, new BigDecimal("12000.50").compareTo(r.lines().get(2).interest()));
    }

    @Test
    void everyBadLineIsReportedAndNoLineIsReturned() {
        LoanEventCsv.Result r = read(LoanEventCsv.HEADER + "\n"
                + "12,DRAWDOWN,2026-03-02,1000000,,,\n"
                + "12,DRAWDOWN,2026-13-45,1,,,\n"
                + "x,DRAWDOWN,2026-03-02,1,,,\n"
                + "12,DRAWDOWN,2026-03-02,1e999999,,,\n"
                + "12,DRAWDOWN\n"
                + "12,\"DRAWDOWN,2026-03-02,1,,,\n");
        assertEquals(List.of(), r.lines(), "nothing from a file with problems");
        assertEquals(
                List.of(3, 4, 5, 6, 7),
                r.problems().stream().map(LoanEventCsv.Problem::line).toList());
        assertEquals("riskpool.csv.value", r.problems().get(0).key());
        assertEquals("riskpool.csv.columns", r.problems().get(3).key());
    }

    @Test
    void theFileItselfIsChecked() {
        assertEquals("riskpool.csv.empty", read("").problems().get(0).key());
        assertEquals(
                "riskpool.csv.empty",
                read(LoanEventCsv.HEADER + "\n").problems().get(0).key());
        assertEquals(
                "riskpool.csv.header",
                read("=cmd|' /C calc'!A0\n").problems().get(0).key());
        assertEquals(
                "riskpool.csv.notUtf8",
                LoanEventCsv.read(new byte[] {(byte) 0xC3, (byte) 0x28})
                        .problems()
                        .get(0)
                        .key());
        assertEquals(
                "riskpool.csv.tooLarge",
                LoanEventCsv.read(new byte[LoanEventCsv.MAX_BYTES + 1])
                        .problems()
                        .get(0)
                        .key());
        StringBuilder many = new StringBuilder(LoanEventCsv.HEADER + "\n");
        for (int i = 0; i <= LoanEventCsv.MAX_LINES; i++) {
            many.append("1,DEFAULT,2026-03-02,,,,\n");
        }
        assertEquals(
                "riskpool.csv.tooManyLines",
                read(many.toString()).problems().get(0).key());
        assertTrue(read(LoanEventCsv.HEADER + "\n1,DEFAULT,2026-03-02,,,,\n")
                .problems()
                .isEmpty());
    }
}
