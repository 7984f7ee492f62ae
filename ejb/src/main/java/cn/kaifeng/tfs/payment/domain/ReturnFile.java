package cn.kaifeng.tfs.payment.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The treasury's return file (回单文件), read line by line: CSV in UTF-8 (a byte-order mark is allowed), the header
 * {@value #HEADER}, then one line per payment: its id, its amount in yuan with two decimals (which must be the amount
 * sent), PAID or FAILED, the treasury's reference, and for FAILED the reason. Every problem is reported with its line
 * number and a message key; the caller stores nothing from a file with any error. What the lines mean for the
 * payments (an unknown id, a wrong amount, a payment not in a file) is checked by the service against the database.
 */
public final class ReturnFile {

    public static final String HEADER = "payment_id,amount_yuan,result,treasury_reference,reason";
    public static final int MAX_BYTES = 1_000_000;
    public static final int MAX_LINES = 5_000;
    public static final int MAX_REFERENCE = 64;

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,13}\\.[0-9]{2}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_REFERENCE + "}");

    /** The treasury's answer for one payment. */
    public enum Result {
        PAID,
        FAILED
    }

    /** A line that reads well. */
    public record Line(int lineNo, long paymentId, long amountFen, Result result, String reference, String reason) {}

    /** A problem with a line (0: the whole file), as a message key and its arguments. */
    public record Problem(int lineNo, String key, List<Object> arguments) {
        public Problem(int lineNo, String key, Object... arguments) {
            this(lineNo, key, List.of(arguments));
        }
    }

    private final List<Line> lines;
    private final List<Problem> problems;

    private ReturnFile(List<Line> lines, List<Problem> problems) {
        this.lines = List.copyOf(lines);
        this.problems = List.copyOf(problems);
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean valid() {
        return problems.isEmpty() && !lines.isEmpty();
    }

    public static ReturnFile parse(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        if (bytes == null || bytes.length == 0) {
            return new ReturnFile(lines, List.of(new Problem(0, "payment.return.empty")));
        }
        if (bytes.length > MAX_BYTES) {
            return new ReturnFile(lines, List.of(new Problem(0, "payment.return.tooLarge", MAX_BYTES / 1000)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new ReturnFile(lines, List.of(new Problem(0, "payment.return.encoding")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] rows = text.split("\r?\n", -1);
        int last = rows.length;
        while (last > 0 && rows[last - 1].isBlank()) {
            last--; // trailing empty lines are how files end, not lines
        }
        if (last == 0) {
            return new ReturnFile(lines, List.of(new Problem(0, "payment.return.empty")));
        }
        if (!rows[0].strip().toLowerCase(Locale.ROOT).equals(HEADER)) {
            return new ReturnFile(lines, List.of(new Problem(1, "payment.return.header", HEADER)));
        }
        if (last - 1 > MAX_LINES) {
            return new ReturnFile(lines, List.of(new Problem(0, "payment.return.tooManyLines", MAX_LINES)));
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 1; i < last; i++) {
            int lineNo = i + 1;
            Object parsed = line(lineNo, rows[i]);
            if (parsed instanceof Problem p) {
                problems.add(p);
            } else {
                Line line = (Line) parsed;
                if (!seen.add(line.paymentId())) {
                    problems.add(new Problem(lineNo, "payment.return.duplicate", String.valueOf(line.paymentId())));
                } else {
                    lines.add(line);
                }
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "payment.return.empty"));
        }
        return new ReturnFile(lines, problems);
    }

    /** One line: a {@link Line} or the first {@link Problem} found in it. */
    private static Object line(int lineNo, String row) {
        List<String> cells = cells(row);
        if (cells == null) {
            return new Problem(lineNo, "payment.return.quotes");
        }
        if (cells.size() != 5) {
            return new Problem(lineNo, "payment.return.cells", 5, cells.size());
        }
        for (String cell : cells) {
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                return new Problem(lineNo, "payment.return.formula");
            }
            if (cell.chars().anyMatch(Character::isISOControl)) {
                return new Problem(lineNo, "payment.return.control");
            }
        }
        String id = cells.get(0).strip();
        if (!ID.matcher(id).matches()) {
            return new Problem(lineNo, "payment.return.id");
        }
        String amount = cells.get(1).strip();
        if (!AMOUNT.matcher(amount).matches()) {
            return new Problem(lineNo, "payment.return.amount");
        }
        Result result;
        try {
            result = Result.valueOf(cells.get(2).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return new Problem(lineNo, "payment.return.result");
        }
        String reference = cells.get(3).strip();
        if (!REFERENCE.matcher(reference).matches()) {
            return new Problem(lineNo, "payment.return.reference", MAX_REFERENCE);
        }
        String reason = cells.get(4).strip();
        if (result == Result.FAILED && reason.isEmpty()) {
            return new Problem(lineNo, "payment.return.reasonRequired");
        }
        if (reason.length() > PaymentRequest.MAX_REASON) {
            return new Problem(lineNo, "payment.return.reasonTooLong", PaymentRequest.MAX_REASON);
        }
        long fen;
        try {
            fen = Money.ofYuan(amount).fen();
        } catch (RuntimeException e) {
            return new Problem(lineNo, "payment.return.amount");
        }
        return new Line(lineNo, Long.parseLong(id), fen, result, reference, result == Result.FAILED ? reason : null);
    }

    /** The cells of a CSV line (RFC 4180 quoting, no line break inside a cell); null when its quotes do not close. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < row.length()) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < row.length() && row.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }
}
