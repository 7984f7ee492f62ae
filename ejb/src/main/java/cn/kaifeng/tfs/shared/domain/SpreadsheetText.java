package cn.kaifeng.tfs.shared.domain;

/**
 * Text put into a CSV or Excel export, made inert: a spreadsheet reads a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula, and a formula can call out to the network or
 * another program when the file is opened (OWASP "CSV injection"). Such text gets a leading apostrophe, which
 * spreadsheets show as text and do not print. Organisation names, letter numbers and anything else a user typed
 * pass through here; numbers written by the application (amounts, scores) do not need to.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {}

    /** The text, with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The text as one CSV field: inert, and quoted when it holds a comma, a quote or a line break (RFC 4180). */
    public static String csvField(String text) {
        String v = inert(text);
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
