package cn.kaifeng.tfs.shared.pdf;

import cn.kaifeng.tfs.shared.pdf.PdfTooComplexException.Limit;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * What one reading of an untrusted PDF has spent so far, against its {@link PdfLimits}. The parser and the decoding
 * report to it; the caller's own walk over the objects calls {@link #checkpoint()} as it goes. One guard serves one
 * reading, on one thread, as PDFBox's parsing does.
 *
 * <p>The first limit hit is remembered: PDFBox swallows many IOExceptions while it parses (a broken object just
 * becomes null), so {@link BoundedPdf} asks the guard at the end instead of trusting the exception to arrive, and
 * every later checkpoint fails at once, so PDFBox stops soon after.
 *
 * <p>The deadline is cooperative, as PDFBox cannot be interrupted: it is checked before every object is parsed, every
 * 64 KiB decoded and at every checkpoint of the caller. Between two checks PDFBox does work that grows only with the
 * size of the file (scanning it for objects when repairing it, reading one object), not with what it decodes.
 */
public final class PdfGuard {

    private static final long CLOCK_EVERY_BYTES = 64 * 1024;

    private final PdfLimits limits;
    private final long deadline;
    private long decodedBytes;
    private long objects;
    private int unreadableObjects;
    private PdfTooComplexException exceeded;

    PdfGuard(PdfLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.deadline().toNanos();
    }

    /** Fails once the deadline has passed, or once any limit has been hit in this reading. */
    public void checkpoint() throws PdfTooComplexException {
        if (exceeded != null) {
            throw exceeded;
        }
        if (System.nanoTime() - deadline > 0) {
            throw exceed(Limit.TIME, "not read within " + limits.deadline());
        }
    }

    /**
     * Objects that the cross references list but that PDFBox could not read (nested too deeply, say). PDFBox reads
     * them as null and carries on; a check that must not miss anything should refuse a file that has any.
     */
    public int unreadableObjects() {
        return unreadableObjects;
    }

    PdfLimits limits() {
        return limits;
    }

    void objectsParsed(long count) throws PdfTooComplexException {
        checkpoint();
        objects += count;
        if (objects > limits.maxObjects()) {
            throw exceed(Limit.OBJECTS, "more than " + limits.maxObjects() + " objects");
        }
    }

    void objectUnreadable() {
        unreadableObjects++;
    }

    /** An output stream that fails as soon as one stream decodes to too much, or all streams together do. */
    OutputStream meter(OutputStream decoded) {
        return new FilterOutputStream(decoded) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                count(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                count(len);
                out.write(b, off, len);
            }

            private void count(int bytes) throws PdfTooComplexException {
                if (written / CLOCK_EVERY_BYTES != (written + bytes) / CLOCK_EVERY_BYTES) {
                    checkpoint();
                }
                written += bytes;
                decodedBytes += bytes;
                if (written > limits.maxStreamBytes()) {
                    throw exceed(Limit.DECODED_BYTES, "a stream decodes to more than " + limits.maxStreamBytes());
                }
                if (decodedBytes > limits.maxDecodedBytes()) {
                    throw exceed(Limit.DECODED_BYTES, "streams decode to more than " + limits.maxDecodedBytes());
                }
            }
        };
    }

    /** Records the first limit hit (later ones add nothing) and returns it to be thrown. */
    PdfTooComplexException exceed(Limit limit, String detail) {
        if (exceeded == null) {
            exceeded = new PdfTooComplexException(limit, detail);
        }
        return exceeded;
    }

    Optional<PdfTooComplexException> exceeded() {
        return Optional.ofNullable(exceeded);
    }
}
