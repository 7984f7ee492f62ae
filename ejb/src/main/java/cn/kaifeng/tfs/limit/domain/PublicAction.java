package cn.kaifeng.tfs.limit.domain;

import java.time.Duration;

/**
 * What an anonymous visitor does that costs the server or the bureau, with how often one address may do it. The
 * limits are far above what a person does by hand and far below what a script needs to harvest or flood.
 */
public enum PublicAction {
    /** Checking a decision letter by its code or by uploading it: parsing an upload is the costly part. */
    LETTER_VERIFICATION(30, Duration.ofMinutes(10)),
    /** An assessment in the policy calculator. */
    CALCULATION(60, Duration.ofMinutes(10)),
    /** A registration attempt: each creates accounts and organisations when it succeeds. */
    REGISTRATION(10, Duration.ofHours(1)),
    /** An objection on the public notice: each one pauses a case until a reviewer looks at it. */
    OBJECTION(5, Duration.ofHours(1));

    private final int limit;
    private final Duration window;

    PublicAction(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }
}
