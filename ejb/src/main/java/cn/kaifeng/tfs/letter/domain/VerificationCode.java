package cn.kaifeng.tfs.letter.domain;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The short code printed on a letter, by which anyone checks it: twelve characters in three groups
 * (e.g. 7KQ2-M9XD-4HTP), from an alphabet without 0/O and 1/I so that it can be read aloud and typed from paper.
 * Sixty random bits: guessing a valid code is hopeless, so the code itself needs no secret.
 */
public final class VerificationCode {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final Pattern FORM = Pattern.compile("[" + ALPHABET + "]{12}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {}

    public static String generate() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i == 4 || i == 8) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * What someone typed, in the stored form: case, spaces and hyphens do not matter. Empty when it cannot be a
     * code at all.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String bare = typed.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s\\-－—_]", "");
        if (!FORM.matcher(bare).matches()) {
            return Optional.empty();
        }
        return Optional.of(bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8));
    }
}
