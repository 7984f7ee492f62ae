package cn.kaifeng.tfs.monitoring.domain;

import cn.kaifeng.tfs.shared.domain.SpreadsheetText;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The bureau's list of progress reports as CSV: UTF-8 with a byte-order mark (so that a spreadsheet on a Chinese
 * Windows reads the names), CRLF line ends (RFC 4180), one header line. A cell with a comma, quote or line break is
 * quoted; a cell a spreadsheet would read as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * gets a leading apostrophe ({@code shared.domain.SpreadsheetText}): organisation names are typed by applicants.
 */
public final class ReportListCsv {

    public static final String HEADER =
            "application_number,organisation,program,period,due_on,state,overdue,submitted_at,spent_yuan";

    /** One period as written; {@code submittedAt} and {@code spentYuan} empty before a submission. */
    public record Line(
            String applicationNumber,
            String organisation,
            String program,
            int period,
            LocalDate dueOn,
            String state,
            boolean overdue,
            String submittedAt,
            String spentYuan) {}

    private ReportListCsv() {}

    public static byte[] write(List<Line> lines) {
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (Line l : lines) {
            out.append(cell(l.applicationNumber()))
                    .append(',')
                    .append(cell(l.organisation()))
                    .append(',')
                    .append(cell(l.program()))
                    .append(',')
                    .append(l.period())
                    .append(',')
                    .append(l.dueOn())
                    .append(',')
                    .append(cell(l.state()))
                    .append(',')
                    .append(l.overdue())
                    .append(',')
                    .append(cell(l.submittedAt()))
                    .append(',')
                    .append(cell(l.spentYuan()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Through the one function every export uses (docs/security.md, "Exports carry no formulas"). */
    static String cell(String text) {
        return SpreadsheetText.csvField(text);
    }
}
