package cn.kaifeng.tfs.bank.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Why an answer is what it is, as a code a bank's system can act on and a sentence an officer reads (Chinese by
 * default, English on request; texts in reasons.properties).
 */
public enum Reason {
    /** On the program's current eligible list, with a letter in force. */
    LISTED,
    /** Approved and the letter issued, but published after the current list: on the next one. */
    NOT_YET_LISTED,
    /** Approved; the letter is not issued yet. */
    AWAITING_LETTER,
    /** An application is being reviewed. */
    IN_REVIEW,
    /** The decision is under appeal. */
    APPEALED,
    /** No application to this program. */
    NO_APPLICATION,
    /** The application was rejected. */
    REJECTED,
    /** The application was withdrawn. */
    WITHDRAWN,
    /** The approval's validity window has passed. */
    SUPPORT_EXPIRED,
    /** The approval letter was revoked. */
    LETTER_REVOKED,
    /** The enterprise has not authorised this bank (or the code is unknown: a bank cannot tell the two apart). */
    NO_AUTHORISATION;

    private static final String BUNDLE = "cn.kaifeng.tfs.bank.domain.reasons";

    public String text(Locale locale) {
        String[] texts = Texts.BY_LOCALE.get(locale);
        return texts != null ? texts[ordinal()] : bundled(locale);
    }

    private String bundled(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale).getString(name());
    }

    /**
     * The texts in the two languages the platform answers in, read once. Every eligibility answer names a reason
     * for each program, and a bundle lookup per reason is a noticeable part of turning an answer into JSON.
     */
    private static final class Texts {
        static final Map<Locale, String[]> BY_LOCALE =
                Map.of(Locale.SIMPLIFIED_CHINESE, all(Locale.SIMPLIFIED_CHINESE), Locale.ENGLISH, all(Locale.ENGLISH));

        private static String[] all(Locale locale) {
            return Arrays.stream(values()).map(r -> r.bundled(locale)).toArray(String[]::new);
        }
    }
}
