package cn.kaifeng.tfs.recovery.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;

/** The reasons people give (for an order, a 失信 record, a lifting): required, and short enough for their column. */
final class Texts {

    static final int MAX_REASON = 500;

    private Texts() {}

    static String reason(String text) {
        String reason = text == null ? "" : text.strip();
        if (reason.isEmpty()) {
            throw new DomainException("recovery.reasonRequired");
        }
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            throw new DomainException("recovery.reasonTooLong", MAX_REASON);
        }
        return reason;
    }
}
