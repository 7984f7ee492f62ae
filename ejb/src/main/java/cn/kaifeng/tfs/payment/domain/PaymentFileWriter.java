package cn.kaifeng.tfs.payment.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shared.domain.SpreadsheetText;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a payment file for the treasury (国库集中支付): CSV, UTF-8 without a byte-order mark, CRLF line ends (RFC
 * 4180), one header line, then one line per payment in the order given. Amounts in yuan with two decimals. A cell with
 * a comma, quote or line break is quoted; a cell that a spreadsheet would read as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so that a payee name typed as
 * {@code =cmd|...} stays text in whatever program opens the file.
 */
public final class PaymentFileWriter {

    public static final String HEADER =
            "payment_id,payee_name,account_number,bank_name,amount_yuan,purpose,program,budget_line,application_number";

    /** One payment as written. */
    public record Line(
            long paymentId,
            String payeeName,
            String accountNumber,
            String bankName,
            long amountFen,
            String purpose,
            String program,
            String budgetLine,
            String applicationNumber) {}

    private PaymentFileWriter() {}

    public static byte[] write(List<Line> lines) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (Line l : lines) {
            out.append(l.paymentId())
                    .append(',')
                    .append(cell(l.payeeName()))
                    .append(',')
                    .append(cell(l.accountNumber()))
                    .append(',')
                    .append(cell(l.bankName()))
                    .append(',')
                    .append(Money.ofFen(l.amountFen()).yuan().toPlainString())
                    .append(',')
                    .append(cell(l.purpose()))
                    .append(',')
                    .append(cell(l.program()))
                    .append(',')
                    .append(cell(l.budgetLine()))
                    .append(',')
                    .append(cell(l.applicationNumber()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One CSV cell: the exports' one rule ({@link SpreadsheetText#csvField}), quoted and with a formula made inert. */
    public static String cell(String text) {
        return SpreadsheetText.csvField(text);
    }
}
