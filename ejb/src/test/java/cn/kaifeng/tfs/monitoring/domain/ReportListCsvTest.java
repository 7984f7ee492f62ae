package cn.kaifeng.tfs.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report list's cells: formulas neutralised, separators quoted. */
class ReportListCsvTest {

    // the apostrophe is a cell's own here: CsvSource quotes with ~ instead
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "开封科技有限公司 | 开封科技有限公司",
                "=HYPERLINK(\"x\") | \"'=HYPERLINK(\"\"x\"\")\"",
                "+1 | '+1",
                "-1 | '-1",
                "@SUM(A1) | '@SUM(A1)",
                "a,b | \"a,b\"",
            })
    void cells(String in, String out) {
        assertEquals(out, ReportListCsv.cell(in));
    }

    @org.junit.jupiter.api.Test
    void aLine() {
        String csv = new String(
                ReportListCsv.write(List.of(new ReportListCsv.Line(
                        "KF-2026-0001", "=evil", "人才团队", 2, LocalDate.parse("2027-03-15"), "overdue", true, "", ""))),
                StandardCharsets.UTF_8);
        assertEquals(
                "\uFEFF" + ReportListCsv.HEADER + "\r\nKF-2026-0001,'=evil,人才团队,2,2027-03-15,overdue,true,,\r\n", csv);
    }
}
