package cn.kaifeng.tfs.shared.domain;

import java.io.Serializable;
import java.util.Locale;

/**
 * 统一社会信用代码 per GB 32100-2015: 18 characters from a 31-letter alphabet (no I, O, S, V, Z), an
 * administrative division code in positions 3–8, and a check character computed modulo 31 over the first 17.
 *
 * <p>Input is trimmed and upper-cased because people type codes in lower case and with stray spaces;
 * anything else that is wrong is refused with a reason.
 */
public final class UnifiedSocialCreditCode implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /** Parses and verifies a code; throws {@link DomainException} with a key naming what is wrong. */
    public static UnifiedSocialCreditCode of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("creditCode.required");
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            throw new DomainException("creditCode.length", code.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                throw new DomainException("creditCode.character", i + 1, String.valueOf(code.charAt(i)));
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                throw new DomainException("creditCode.division");
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        if (code.charAt(LENGTH - 1) != expected) {
            throw new DomainException("creditCode.checksum");
        }
        return new UnifiedSocialCreditCode(code);
    }

    /** True when {@link #of(String)} would accept the input; for validators that only need yes or no. */
    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** The check character for the first 17 characters of a code (all from the alphabet); for issuing test data too. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    /** 登记管理部门代码 + 机构类别代码, e.g. "91" for an enterprise registered with market regulation. */
    public String registrationCategory() {
        return value.substring(0, 2);
    }

    /** The six-digit administrative division code, e.g. 410202 for 开封市龙亭区. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnifiedSocialCreditCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
