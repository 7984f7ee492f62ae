package cn.kaifeng.tfs.attachment.domain;

import cn.kaifeng.tfs.shared.pdf.BoundedPdf;
import cn.kaifeng.tfs.shared.pdf.PdfGuard;
import cn.kaifeng.tfs.shared.pdf.PdfTooComplexException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Refuses PDFs a reviewer should not open: encrypted ones (their content cannot be checked, and may not open for
 * the reviewer), ones carrying JavaScript or launch actions (they can act on the reader's machine), and ones with
 * embedded files (content hidden from the checks and from the reviewer). Every object reachable from the trailer, and
 * every object the file lists even if nothing refers to it, is looked at, wherever the action or file is hung:
 * document open action, names tree, pages, annotations, form fields.
 * The file is read within bounds of memory and time ({@link BoundedPdf}): one built to exhaust the server is refused
 * as too complex.
 */
public final class PdfCheck {

    /** Why a PDF is refused; each has a message for the applicant. */
    public enum Refusal {
        ENCRYPTED,
        JAVASCRIPT,
        EMBEDDED_FILES,
        DAMAGED,
        /** Decodes to too much, is nested too deeply, or takes too long to check (see {@link BoundedPdf}). */
        TOO_COMPLEX
    }

    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName EF = COSName.getPDFName("EF");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

    private PdfCheck() {}

    /** Empty if the PDF may be accepted, else the first reason found to refuse it. */
    public static Optional<Refusal> refusal(Path pdf) {
        try {
            return BoundedPdf.read(pdf, PdfCheck::check);
        } catch (InvalidPasswordException e) {
            return Optional.of(Refusal.ENCRYPTED);
        } catch (PdfTooComplexException e) {
            return Optional.of(Refusal.TOO_COMPLEX);
        } catch (IOException | RuntimeException e) {
            // PDFBox could not make sense of it: neither we nor a reviewer's viewer can be sure what it holds
            return Optional.of(Refusal.DAMAGED);
        }
    }

    private static Optional<Refusal> check(PDDocument document, PdfGuard guard) throws IOException {
        if (document.isEncrypted()) {
            return Optional.of(Refusal.ENCRYPTED);
        }
        if (document.getNumberOfPages() == 0) {
            return Optional.of(Refusal.DAMAGED);
        }
        Optional<Refusal> refusal = scan(document.getDocument(), guard);
        if (refusal.isEmpty() && guard.unreadableObjects() > 0) {
            // PDFBox reads an object it cannot parse (nested too deeply, say) as null; a viewer may well parse it,
            // and it may hold exactly what we refuse
            return Optional.of(Refusal.DAMAGED);
        }
        return refusal;
    }

    /** Walks every object reachable from the trailer once (an explicit stack: deep or cyclic structures are fine). */
    private static Optional<Refusal> scan(COSDocument file, PdfGuard guard) throws PdfTooComplexException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(file.getTrailer());
        // and every object the file lists, referred to or not: a reader that parses a reference differently from
        // PDFBox (an indirect object whose value is "5 0 R", which PDFBox reads as the number 5) may reach an object
        // the walk from the trailer does not
        for (COSObjectKey key : file.getXrefTable().keySet()) {
            todo.push(file.getObjectFromPool(key));
        }
        while (!todo.isEmpty()) {
            guard.checkpoint();
            COSBase next = todo.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                Optional<Refusal> refusal = refusalOf(dictionary);
                if (refusal.isPresent()) {
                    return refusal;
                }
                for (COSBase value : dictionary.getValues()) {
                    todo.push(value);
                }
            } else if (next instanceof COSArray array) {
                for (COSBase value : array) {
                    todo.push(value);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refusalOf(COSDictionary dictionary) {
        COSName action = dictionary.getCOSName(COSName.S);
        if (dictionary.containsKey(JS) || JAVASCRIPT.equals(action) || LAUNCH.equals(action)) {
            return Optional.of(Refusal.JAVASCRIPT);
        }
        if (dictionary.containsKey(EMBEDDED_FILES)
                || dictionary.containsKey(EF)
                || EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
                || FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
            return Optional.of(Refusal.EMBEDDED_FILES);
        }
        return Optional.empty();
    }
}
