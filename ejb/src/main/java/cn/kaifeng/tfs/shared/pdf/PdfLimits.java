package cn.kaifeng.tfs.shared.pdf;

import java.time.Duration;

/**
 * How much one reading of an untrusted PDF may cost.
 *
 * @param deadline the whole reading, parsing and the caller's walk together
 * @param maxStreamBytes what one stream may decode to (each stage of a filter chain, and a predictor's row)
 * @param maxDecodedBytes what all streams decoded in one reading may add up to
 * @param maxObjects objects parsed in one reading, counting those an object stream declares
 * @param maxTreeDepth levels of the page tree and the form field tree, which PDFBox walks recursively
 * @param maxScratchBytes PDFBox's scratch storage for stream data it copies (decrypted streams), mostly on disk
 */
public record PdfLimits(
        Duration deadline,
        long maxStreamBytes,
        long maxDecodedBytes,
        long maxObjects,
        int maxTreeDepth,
        long maxScratchBytes) {

    private static final long MIB = 1024 * 1024;

    /**
     * Generous for real files, small for a server: an object or cross-reference stream of a large real PDF decodes
     * to a few MiB (PDFBox's writer puts 200 objects in one); a large real file has tens of thousands of objects
     * (3,000 pages with ten links each: 36,000); balanced page trees and field hierarchies are a handful of levels
     * deep, and 128 levels need a few tens of KiB of stack; checking that 3,000-page file takes about half a second.
     */
    public static final PdfLimits DEFAULT =
            new PdfLimits(Duration.ofSeconds(10), 16 * MIB, 64 * MIB, 500_000, 128, 64 * MIB);

    public PdfLimits {
        if (deadline.isNegative()
                || maxStreamBytes <= 0
                || maxDecodedBytes <= 0
                || maxObjects <= 0
                || maxTreeDepth <= 0
                || maxScratchBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + deadline + ", " + maxStreamBytes + ", "
                    + maxDecodedBytes + ", " + maxObjects + ", " + maxTreeDepth + ", " + maxScratchBytes);
        }
    }

    public PdfLimits withDeadline(Duration deadline) {
        return new PdfLimits(deadline, maxStreamBytes, maxDecodedBytes, maxObjects, maxTreeDepth, maxScratchBytes);
    }
}
