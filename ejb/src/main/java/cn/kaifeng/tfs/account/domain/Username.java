package cn.kaifeng.tfs.account.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The login name rule: 3 to 32 characters, lower-case ASCII letters, digits, dot, hyphen or underscore,
 * starting with a letter. Case is folded so "Zhang.San" and "zhang.san" are one account. The names the
 * application itself acts under in the audit trail and elsewhere ({@link #RESERVED}) cannot be anyone's: an account
 * called "system" would make its own actions look like the scheduler's.
 */
public final class Username {

    public static final int MIN = 3;
    public static final int MAX = 32;
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9._-]*");

    /**
     * Actor names of the application's own: {@code system} (schedules, the back-off), {@code public} (objections on
     * the public notice), {@code demo-data} (the demo's loader), {@code retention} (the retention job), and names that
     * would read as one of them or as nobody in particular.
     */
    /**
     * How bank systems' client ids begin ({@code BC-…}, case folded): no account is named like one, so a client id
     * typed into a login is refused as a name at once, without a password check.
     */
    static final String BANK_CLIENT_PREFIX = "bc-";

    public static final Set<String> RESERVED = Set.of(
            "system", "public", "demo-data", "retention", "anonymous", "nobody", "scheduler", "operator", "root");

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
        if (RESERVED.contains(name) || name.startsWith(BANK_CLIENT_PREFIX)) {
            throw new DomainException("username.reserved");
        }
        return name;
    }
}
