package cn.kaifeng.tfs.attachment.web;

import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition} header value per RFC 6266: an ASCII {@code filename} for old clients, and the real
 * name, Chinese included, as {@code filename*} in UTF-8 (RFC 8187). Quotes, backslashes and line breaks can never
 * reach the header from a file name.
 */
public final class ContentDisposition {

    private ContentDisposition() {}

    public static String of(boolean inline, String fileName) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''"
                + percentEncoded(fileName);
    }

    /** The name with everything outside printable ASCII, and the quote and backslash, replaced by "_". */
    static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 8187 value-chars: attr-chars as they are, every other byte of the UTF-8 form as %XX. */
    static String percentEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
