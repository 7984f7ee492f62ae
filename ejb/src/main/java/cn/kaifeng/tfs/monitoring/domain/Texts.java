package cn.kaifeng.tfs.monitoring.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;

/** The texts people write (a summary, a reason, findings): required or optional, and short enough for their column. */
final class Texts {

    private Texts() {}

    static String required(String text, String key, int max) {
        String s = optional(text, key, max);
        if (s == null) {
            throw new DomainException(key + "Required");
        }
        return s;
    }

    static String optional(String text, String key, int max) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.codePointCount(0, s.length()) > max) {
            throw new DomainException(key + "TooLong", max);
        }
        return s;
    }
}
