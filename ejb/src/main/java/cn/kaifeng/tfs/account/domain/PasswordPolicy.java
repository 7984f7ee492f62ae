package cn.kaifeng.tfs.account.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The strong-password rule for every account: at least 10 characters, three of four character classes,
 * not containing the username, not a well-known password, and at most 72 UTF-8 bytes (bcrypt ignores the rest,
 * so a longer password would only look stronger than it is).
 *
 * <p>Returns every broken rule as a message key at once, so the user can fix them in one go.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    /** Passwords that satisfy the character rules yet top every leaked-password list. */
    private static final Set<String> WELL_KNOWN = Set.of(
            "password123!",
            "p@ssw0rd123",
            "qwerty123456!",
            "admin@123456",
            "abc@12345678",
            "a1234567890!",
            "1qaz@wsx3edc",
            "1qaz2wsx!qaz",
            "zaq1@wsx3edc",
            "woaini@1314",
            "passw0rd!23");

    private PasswordPolicy() {}

    public static List<String> violations(String password, String username) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            broken.add("password.tooShort");
            if (password == null) {
                return broken;
            }
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            broken.add("password.tooLong");
        }
        if (characterClasses(password) < 3) {
            broken.add("password.classes");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null
                && !username.isBlank()
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            broken.add("password.containsUsername");
        }
        if (WELL_KNOWN.contains(lower)) {
            broken.add("password.wellKnown");
        }
        return broken;
    }

    private static int characterClasses(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c) && !Character.isISOControl(c)) {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
