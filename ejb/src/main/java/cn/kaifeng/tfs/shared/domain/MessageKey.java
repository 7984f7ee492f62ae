package cn.kaifeng.tfs.shared.domain;

/**
 * An argument of a {@link DomainException} that is itself a message key (a status or a step name), so that it too
 * is said in the user's language.
 */
public record MessageKey(String key) {

    @Override
    public String toString() {
        return key;
    }
}
