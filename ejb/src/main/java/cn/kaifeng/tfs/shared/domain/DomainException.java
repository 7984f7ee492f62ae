package cn.kaifeng.tfs.shared.domain;

import java.util.Arrays;

/**
 * A rule of the domain was broken. It carries a message key and arguments instead of a sentence, so the
 * web tier can say it in the user's language; {@link #getMessage()} is for logs only.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
