package cn.kaifeng.tfs.shared.pdf;

import java.io.IOException;

/**
 * A PDF would cost more to read than {@link PdfLimits} allow. It is an {@link IOException} so that a caller that only
 * knows "readable or not" treats the file as unreadable; callers that can tell the user more catch it first.
 */
public final class PdfTooComplexException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Which bound the file hit. */
    public enum Limit {
        TIME,
        DECODED_BYTES,
        OBJECTS,
        NESTING
    }

    private final Limit limit;

    PdfTooComplexException(Limit limit, String detail) {
        super(limit + ": " + detail);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
