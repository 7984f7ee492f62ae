package cn.kaifeng.tfs.riskpool.domain;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loan events as a bank without a system uploads them: a UTF-8 CSV file with the header
 * {@code loanId,kind,on,principal,interest,daysPastDue,plan}, one event a line, amounts in yuan, a plan written as
 * {@code 2026-09-01=500000;2027-03-01=500000}. Every line is read and every problem reported with its line number;
 * the caller stores nothing from a file with any problem. Fields may be quoted ({@code "..."}, {@code ""} for a
 * quote). The file is hostile input: its size, its line count and its encoding are bounded and checked.
 */
public final class LoanEventCsv {

    public static final String HEADER = "loanId,kind,on,principal,interest,daysPastDue,plan";
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_LINES = 5000;
    private static final int COLUMNS = 7;

    /** One line as read: the loan it is about and the event's fields, still to be checked against the loan. */
    public record Line(
            int number,
            long loanId,
            String kind,
            LocalDate on,
            BigDecimal principal,
            BigDecimal interest,
            Integer daysPastDue,
            List<PlanLine> plan) {}

    /** A plan's line as written. */
    public record PlanLine(LocalDate dueOn, BigDecimal principal) {}

    /** A problem of one line (0 for the file as a whole): a message key and its arguments. */
    public record Problem(int line, String key, List<String> arguments) {}

    /** What the file holds: its lines, or its problems (then nothing may be stored). */
    public record Result(List<Line> lines, List<Problem> problems) {}

    private LoanEventCsv() {}

    public static Result read(byte[] content) {
        List<Problem> problems = new ArrayList<>();
        if (content == null || content.length == 0) {
            return new Result(List.of(), List.of(new Problem(0, "riskpool.csv.empty", List.of())));
        }
        if (content.length > MAX_BYTES) {
            return new Result(
                    List.of(),
                    List.of(new Problem(0, "riskpool.csv.tooLarge", List.of(String.valueOf(MAX_BYTES / 1024)))));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Result(List.of(), List.of(new Problem(0, "riskpool.csv.notUtf8", List.of())));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] rows = text.split("\r?\n", -1);
        if (!rows[0].strip().equals(HEADER)) {
            return new Result(List.of(), List.of(new Problem(1, "riskpool.csv.header", List.of(HEADER))));
        }
        if (rows.length > MAX_LINES + 2) { // the header, the lines, a last line break
            return new Result(
                    List.of(),
                    List.of(new Problem(0, "riskpool.csv.tooManyLines", List.of(String.valueOf(MAX_LINES)))));
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            int number = i + 1;
            List<String> fields = fields(rows[i]);
            if (fields == null || fields.size() != COLUMNS) {
                problems.add(new Problem(number, "riskpool.csv.columns", List.of(String.valueOf(COLUMNS))));
                continue;
            }
            try {
                lines.add(new Line(
                        number,
                        Long.parseLong(fields.get(0).strip()),
                        fields.get(1).strip(),
                        date(fields.get(2)),
                        decimal(fields.get(3)),
                        decimal(fields.get(4)),
                        fields.get(5).isBlank()
                                ? null
                                : Integer.valueOf(fields.get(5).strip()),
                        plan(fields.get(6))));
            } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
                problems.add(new Problem(number, "riskpool.csv.value", List.of()));
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "riskpool.csv.empty", List.of()));
        }
        return new Result(problems.isEmpty() ? lines : List.of(), problems);
    }

    private static LocalDate date(String raw) {
        return raw.isBlank() ? null : LocalDate.parse(raw.strip());
    }

    private static BigDecimal decimal(String raw) {
        if (raw.isBlank()) {
            return null;
        }
        BigDecimal value = new BigDecimal(raw.strip());
        // an exponent such as 1e999999 would make every later step slow: amounts are written out in full
        if (raw.strip().chars().anyMatch(c -> c == 'e' || c == 'E')) {
            throw new NumberFormatException("exponent");
        }
        return value;
    }

    private static List<PlanLine> plan(String raw) {
        if (raw.isBlank()) {
            return null;
        }
        List<PlanLine> lines = new ArrayList<>();
        for (String part : raw.strip().split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2) {
                throw new NumberFormatException("plan");
            }
            lines.add(new PlanLine(LocalDate.parse(pair[0].strip()), decimal(pair[1])));
        }
        return lines;
    }

    /** The fields of one row, quotes honoured; null when a quote is left open. */
    static List<String> fields(String row) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}
