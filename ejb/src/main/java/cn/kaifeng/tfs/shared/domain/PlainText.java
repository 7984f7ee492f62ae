package cn.kaifeng.tfs.shared.domain;

/**
 * What free text may hold. Any character a person can type is welcome, CJK extensions and emoji included; refused
 * are the invisible ones that nobody types and that only mislead: control characters (they break exports, logs and
 * PDF letters) and the Unicode direction controls, with which U+202E followed by "fdp.exe" shows as "exe.pdf" (CVE-2021-42574,
 * "Trojan Source"). A line break is text only where the field takes several lines.
 */
public final class PlainText {

    private PlainText() {}

    /** Whether the text has a character that must not be stored; {@code multiline} allows tabs and line breaks. */
    public static boolean hasHiddenCharacters(CharSequence text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiline) {
                    return true;
                }
            } else if (Character.isISOControl(c) || isDirectionControl(c)) {
                return true;
            }
        }
        return false;
    }

    /** The bidirectional formatting characters: marks, embeddings, overrides and isolates. */
    private static boolean isDirectionControl(char c) {
        return c == '\u061C'
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
