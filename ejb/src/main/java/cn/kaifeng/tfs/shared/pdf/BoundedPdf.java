package cn.kaifeng.tfs.shared.pdf;

import cn.kaifeng.tfs.shared.pdf.PdfTooComplexException.Limit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.ScratchFile;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads a PDF that comes from outside within {@link PdfLimits}, and fails with {@link PdfTooComplexException} when it
 * would cost more. What is bounded, and how:
 *
 * <ul>
 *   <li>decoding: every stream PDFBox parses from the file decodes through a meter (see {@link BoundedStream}), so a
 *       Flate bomb in an object stream or a cross-reference stream stops at {@link PdfLimits#maxStreamBytes()};
 *   <li>objects: the parser counts what it parses, object streams counting what they declare;
 *   <li>nesting: PDFBox itself stops direct nesting (arrays in dictionaries in arrays...) at 500 levels; the trees it
 *       walks recursively (pages, form fields) are checked first (see {@link Trees}). Other recursion in PDFBox
 *       cannot be checked beforehand: repairing a damaged file, it marks every object it read with a recursive walk
 *       along the references, so a chain of some 20,000 objects overflows the stack. A StackOverflowError is
 *       therefore caught around the whole reading and reported as nesting; unwinding it leaves nothing behind but
 *       this reading's own parser and document, which are closed and dropped;
 *   <li>scratch data: PDFBox's stream cache keeps 1 MiB in memory and the rest, up to {@link
 *       PdfLimits#maxScratchBytes()}, in a temporary file that is deleted when the reading ends;
 *   <li>time: one deadline for parsing and the caller's reading together, checked as described in {@link PdfGuard}.
 * </ul>
 *
 * <p>Not bounded beyond the file itself: the memory for the objects PDFBox keeps (in proportion to the file and the
 * decoded streams, both capped) and the time PDFBox spends on one step between two checks of the deadline.
 */
public final class BoundedPdf {

    /** What a caller does with the document; it may call {@link PdfGuard#checkpoint()} as it walks the objects. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(PDDocument document, PdfGuard guard) throws IOException;
    }

    private static final long SCRATCH_IN_MEMORY = 1024 * 1024;

    private BoundedPdf() {}

    public static <T> T read(Path file, Reading<T> reading) throws IOException {
        return read(file, PdfLimits.DEFAULT, reading);
    }

    public static <T> T read(Path file, PdfLimits limits, Reading<T> reading) throws IOException {
        // a plain buffered reader: loadPDF(File) maps the file into memory, and unmapping needs JDK internals the
        // server does not open (PDFBox then logs an error on every upload)
        try (RandomAccessRead source = new RandomAccessReadBufferedFile(file.toFile())) {
            return read(source, limits, reading);
        }
    }

    public static <T> T read(byte[] pdf, Reading<T> reading) throws IOException {
        return read(pdf, PdfLimits.DEFAULT, reading);
    }

    public static <T> T read(byte[] pdf, PdfLimits limits, Reading<T> reading) throws IOException {
        try (RandomAccessRead source = new RandomAccessReadBuffer(pdf)) {
            return read(source, limits, reading);
        }
    }

    private static <T> T read(RandomAccessRead source, PdfLimits limits, Reading<T> reading) throws IOException {
        PdfGuard guard = new PdfGuard(limits);
        try (ScratchFile scratch =
                        new ScratchFile(MemoryUsageSetting.setupMixed(SCRATCH_IN_MEMORY, limits.maxScratchBytes()));
                PDDocument document = new BoundedParser(source, scratch, guard).parse()) {
            COSDictionary form = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.ACRO_FORM);
            if (form != null) {
                Trees.requireDepthWithin(form.getDictionaryObject(COSName.FIELDS), guard);
            }
            T result = reading.read(document, guard);
            Optional<PdfTooComplexException> exceeded = guard.exceeded();
            if (exceeded.isPresent()) {
                throw exceeded.get();
            }
            return result;
        } catch (StackOverflowError tooDeep) {
            throw guard.exceed(Limit.NESTING, "recursion too deep");
        } catch (IOException | RuntimeException failure) {
            // a limit hit inside PDFBox may surface as some other failure: the limit is what happened
            Optional<PdfTooComplexException> exceeded = guard.exceeded();
            if (exceeded.isPresent() && exceeded.get() != failure) {
                exceeded.get().addSuppressed(failure);
                throw exceeded.get();
            }
            throw failure;
        }
    }
}
