package cn.kaifeng.tfs.shared.domain;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * 公民身份号码 per GB 11643-1999: six-digit address code, eight-digit birth date, three-digit sequence and an
 * ISO 7064 MOD 11-2 check character (0–9 or X).
 *
 * <p>This is personal information under the PIPL. {@link #toString()} and {@link #masked()} never reveal the
 * birth date or sequence; only {@link #value()} does, and callers must be entitled to it.
 */
public final class ResidentIdNumber implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    public static final int LENGTH = 18;

    private final String value;

    private ResidentIdNumber(String value) {
        this.value = value;
    }

    public static ResidentIdNumber of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("idNumber.required");
        }
        String id = raw.strip().toUpperCase(Locale.ROOT);
        if (id.length() != LENGTH) {
            throw new DomainException("idNumber.length", id.length());
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(id.charAt(i))) {
                throw new DomainException("idNumber.character", i + 1);
            }
        }
        char last = id.charAt(LENGTH - 1);
        if (!isAsciiDigit(last) && last != 'X') {
            throw new DomainException("idNumber.character", LENGTH);
        }
        LocalDate birth = parseBirthDate(id);
        if (birth == null || birth.isBefore(LocalDate.of(1900, 1, 1))) {
            throw new DomainException("idNumber.birthDate");
        }
        if (last != checkCharacter(id.substring(0, LENGTH - 1))) {
            throw new DomainException("idNumber.checksum");
        }
        return new ResidentIdNumber(id);
    }

    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static LocalDate parseBirthDate(String id) {
        try {
            return LocalDate.of(
                    Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    public LocalDate birthDate() {
        return parseBirthDate(value);
    }

    /** The full number. Personal information: show it only to whoever is entitled. */
    public String value() {
        return value;
    }

    /** First three and last four characters, the rest as asterisks: enough to tell people apart, not to identify. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(LENGTH - 7) + value.substring(LENGTH - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so that logging an object that holds an ID number never leaks it. */
    @Override
    public String toString() {
        return masked();
    }
}
