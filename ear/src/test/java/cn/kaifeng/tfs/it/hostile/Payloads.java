package cn.kaifeng.tfs.it.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * What a hostile or careless client sends, by the kind of value a field or property takes, and what the product must
 * make of each. Generated per field from the served forms and the OpenAPI document, never listed per field.
 */
final class Payloads {

    private Payloads() {}

    /** The kinds of value a field takes, read off its markup or schema. */
    enum Kind {
        /** a single-line text box */
        LINE,
        /** a multi-line text area: line breaks are text there */
        AREA,
        /** a text box whose value has a format of its own: credit code, ID number, login name, letter code */
        CODE,
        NUMBER,
        DATE,
        /** a choice among offered values: menu, radio buttons, check boxes */
        CHOICE
    }

    /** What the answer to a payload must be, beyond "no 500, no stack trace, no markup reflected". */
    enum Expect {
        /** a validation message, and nothing saved changes */
        REFUSED,
        /** harmless as text: either refused, or kept exactly as sent and shown escaped, never interpreted */
        TEXT
    }

    record Payload(String name, String value, Expect expect) {
        boolean markup() {
            return value.contains("<");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** An EL expression whose result ("tfsevaluated") must never appear: input is data, not an expression. */
    static final String EL_RESULT = "tfsevaluated";

    private static final List<Payload> HARMLESS_TEXT = List.of(
            new Payload("sql-quote", "' OR '1'='1", Expect.TEXT),
            new Payload("sql-drop", "x'); DROP TABLE application; --", Expect.TEXT),
            new Payload("sql-comment", "admin'/*", Expect.TEXT),
            new Payload("el-deferred", "#{'tfs'.concat('evaluated')}", Expect.TEXT),
            new Payload("el-immediate", "${'tfs'.concat('evaluated')}", Expect.TEXT),
            new Payload("script", "<script>alert('tfs')</script>", Expect.TEXT),
            new Payload("attribute-break", "\"><img src=x onerror=alert(1)>", Expect.TEXT),
            new Payload("astral", "𠀀😀 扩展B区汉字", Expect.TEXT),
            new Payload("invalid-credit-code", "91410200MA45DE001X", Expect.TEXT),
            new Payload("invalid-id-number", "410102199001010011", Expect.TEXT));

    private static final List<Payload> INVISIBLE = List.of(
            new Payload("nul", "abc\u0000def", Expect.REFUSED),
            new Payload("bell-escape", "abc\u0007\u001b[31m", Expect.REFUSED),
            new Payload("c1-control", "abc\u0085\u009bdef", Expect.REFUSED),
            new Payload("rtl-override", "\u202Efdp.exe", Expect.REFUSED),
            new Payload("rtl-isolate", "abc\u2067def\u2069", Expect.REFUSED),
            new Payload("rtl-mark", "abc\u200Fdef", Expect.REFUSED));

    /** Payloads for a field of this kind; {@code maxLength} is the field's own limit, if it declares one. */
    static List<Payload> forField(Kind kind, int maxLength) {
        List<Payload> all = new ArrayList<>();
        switch (kind) {
            case LINE, AREA, CODE -> {
                all.addAll(INVISIBLE);
                all.add(new Payload("overlong", "长".repeat(maxLength > 0 ? maxLength + 1 : 5001), Expect.REFUSED));
                all.add(new Payload("huge", "x".repeat(100_000), Expect.REFUSED));
                Expect text = kind == Kind.CODE ? Expect.REFUSED : Expect.TEXT;
                HARMLESS_TEXT.forEach(p -> all.add(new Payload(p.name(), p.value(), text)));
                all.add(new Payload(
                        "line-break", "a\r\nSet-Cookie: x=y", kind == Kind.AREA ? Expect.TEXT : Expect.REFUSED));
            }
            case NUMBER -> {
                for (String[] p : new String[][] {
                    {"letters", "abc"},
                    {"negative", "-1"},
                    {"negative-fraction", "-0.01"},
                    {"huge", "1e308"},
                    {"huge-digits", "9".repeat(40)},
                    {"nan", "NaN"},
                    {"infinity", "Infinity"},
                    {"hex", "0x1F"},
                    {"two-points", "12.34.5"},
                    {"sql", "1; DROP TABLE application"},
                    {"el", "#{'tfs'.concat('evaluated')}"},
                    {"script", "<script>alert(1)</script>"},
                    {"control", "1\u0000"},
                    {"rtl", "\u202E1"}
                }) {
                    all.add(new Payload(p[0], p[1], Expect.REFUSED));
                }
            }
            case DATE -> {
                for (String[] p : new String[][] {
                    {"no-such-day", "2026-02-30"},
                    {"no-such-month", "2026-13-01"},
                    {"day-first", "31/12/2026"},
                    {"words", "tomorrow"},
                    {"five-digit-year", "99999-01-01"},
                    {"zeros", "0000-00-00"},
                    {"sql", "2026-01-01' OR '1'='1"},
                    {"script", "<script>alert(1)</script>"},
                    {"control", "2026-01-01\u0000"}
                }) {
                    all.add(new Payload(p[0], p[1], Expect.REFUSED));
                }
            }
            case CHOICE -> {
                for (String[] p : new String[][] {
                    {"not-offered", "NO_SUCH_OPTION"},
                    {"negative-id", "-1"},
                    {"huge-id", "9".repeat(30)},
                    {"sql", "' OR '1'='1"},
                    {"el", "#{'tfs'.concat('evaluated')}"},
                    {"script", "<script>alert(1)</script>"},
                    {"control", "A\u0000"}
                }) {
                    all.add(new Payload(p[0], p[1], Expect.REFUSED));
                }
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return all;
    }
}
