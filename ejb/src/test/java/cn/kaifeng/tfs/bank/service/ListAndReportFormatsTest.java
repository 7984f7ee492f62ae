package cn.kaifeng.tfs.bank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The eligible list's CSV cells and the fingerprint that makes a loan report idempotent. */
class ListAndReportFormatsTest {

    @Test
    void csvCellsAreQuotedWhenNeededAndNeverRunAsFormulas() {
        assertEquals("开封示例科技有限公司", EligibleListService.cell("开封示例科技有限公司"));
        assertEquals("\"甲,乙\"", EligibleListService.cell("甲,乙"));
        assertEquals("\"说\"\"元宇宙\"\"\"", EligibleListService.cell("说\"元宇宙\""));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", EligibleListService.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", EligibleListService.cell("+1"));
        assertEquals("'@SUM(A1)", EligibleListService.cell("@SUM(A1)"));
        assertEquals("", EligibleListService.cell(null));
    }

    @Test
    void aReportsFingerprintIgnoresHowTheAmountIsWrittenButNotWhatItIs() {
        LocalDate day = LocalDate.of(2026, 11, 21);
        String a = LoanReportService.hash(new LoanReportService.Request(
                "7KQ2-M9XD-4HTP", "91410200MA45DE001J", new BigDecimal("500000"), 12, day));
        String b = LoanReportService.hash(new LoanReportService.Request(
                "7KQ2-M9XD-4HTP", "91410200MA45DE001J", new BigDecimal("500000.00"), 12, day));
        String c = LoanReportService.hash(new LoanReportService.Request(
                "7KQ2-M9XD-4HTP", "91410200MA45DE001J", new BigDecimal("500001"), 12, day));
        String d = LoanReportService.hash(new LoanReportService.Request(
                "7KQ2-M9XD-4HTP", "91410200MA45DE001J", new BigDecimal("500000"), 24, day));
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertNotEquals(a, d);
        assertEquals(64, a.length());
    }
}
