package cn.kaifeng.tfs.bank.domain;

import java.util.Locale;
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
        return ResourceBundle.getBundle(BUNDLE, locale).getString(name());
    }
}
