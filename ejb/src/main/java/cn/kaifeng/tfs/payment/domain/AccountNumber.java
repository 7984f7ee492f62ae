package cn.kaifeng.tfs.payment.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.util.Objects;

/**
 * A bank account number (银行账号): personal and bank card numbers have 16 to 19 digits, corporate accounts (对公账户)
 * of Chinese banks 9 to 25; spaces and hyphens as people type them are dropped. No check digit is tested because
 * corporate accounts carry none that is common to all banks. Shown only masked; the full number goes into the
 * treasury file and, encrypted, into the database.
 */
public final class AccountNumber {

    public static final int MIN_DIGITS = 9;
    public static final int MAX_DIGITS = 25;

    private final String digits;

    public AccountNumber(String typed) {
        if (typed == null) {
            throw new DomainException("payee.numberFormat");
        }
        String cleaned = typed.strip().replace(" ", "").replace("-", "");
        if (!cleaned.matches("[0-9]{" + MIN_DIGITS + "," + MAX_DIGITS + "}")) {
            throw new DomainException("payee.numberFormat");
        }
        this.digits = cleaned;
    }

    public String digits() {
        return digits;
    }

    /** The first four and last four digits, the rest as two groups of stars whatever its length: {@code 6222 **** **** 1234}. */
    public String masked() {
        return digits.substring(0, 4) + " **** **** " + digits.substring(digits.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountNumber other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    /** Masked, so that a log line or a message never carries the number. */
    @Override
    public String toString() {
        return masked();
    }
}
