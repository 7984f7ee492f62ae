package cn.kaifeng.tfs.account.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The login name rule: 3 to 32 characters, lower-case ASCII letters, digits, dot, hyphen or underscore,
 * starting with a letter. Case is folded so "Zhang.San" and "zhang.san" are one account.
 */
public final class Username {

    public static final int MIN = 3;
    public static final int MAX = 32;
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9._-]*");

    private Username() {}

    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("username.required");
        }
        String name = raw.strip().toLowerCase(Locale.ROOT);
        if (name.length() < MIN || name.length() > MAX) {
            throw new DomainException("username.length", MIN, MAX);
        }
        if (!FORM.matcher(name).matches()) {
            throw new DomainException("username.characters");
        }
        return name;
    }
}
