package cn.kaifeng.tfs.shared.domain;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A mainland China phone number: a mobile number (11 digits, 1[3-9]…) or a fixed line with its area code (0 and
 * 9 to 11 more digits). Written with spaces, hyphens or +86 as people do; kept as digits only. Personal information:
 * {@link #masked()} is what pages show, {@link #toString()} masks too.
 */
public final class PhoneNumber implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern FIXED_LINE = Pattern.compile("0\\d{9,11}");

    private final String digits;

    private PhoneNumber(String digits) {
        this.digits = digits;
    }

    public static PhoneNumber of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("phone.required");
        }
        String digits = raw.strip().replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        }
        if (!MOBILE.matcher(digits).matches() && !FIXED_LINE.matcher(digits).matches()) {
            throw new DomainException("phone.invalid");
        }
        return new PhoneNumber(digits);
    }

    /** The digits, for storing (encrypted) and for the people whose work needs the whole number. */
    public String digits() {
        return digits;
    }

    /** 138****5678: the first three and last four digits. */
    public String masked() {
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
