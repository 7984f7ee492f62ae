package cn.kaifeng.tfs.shared.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdfparser.PDFParser;

/**
 * PDFBox's lenient parser (it repairs damaged files, as viewers do) with its document replaced by a {@link
 * BoundedDocument}, and with a {@link PdfGuard} consulted wherever PDFBox parses an object: every object read from
 * the file or from an object stream, during loading or later on demand, passes through {@link
 * #parseObjectDynamically}.
 */
final class BoundedParser extends PDFParser {

    private final PdfGuard guard;

    BoundedParser(RandomAccessRead source, RandomAccessStreamCache cache, PdfGuard guard) throws IOException {
        super(source, "", null, null, () -> cache);
        this.guard = guard;
        document = new BoundedDocument(cache, this, guard);
    }

    @Override
    protected COSBase parseObjectDynamically(COSObjectKey key, boolean requireExistingNotCompressedObj)
            throws IOException {
        if (!document.getObjectFromPool(key).isObjectNull()) {
            return super.parseObjectDynamically(key, requireExistingNotCompressedObj);
        }
        guard.objectsParsed(1);
        // with requireExistingNotCompressedObj PDFBox probes for a stream's length, and may well fall back
        boolean listed =
                !requireExistingNotCompressedObj && document.getXrefTable().containsKey(key);
        try {
            COSBase parsed = super.parseObjectDynamically(key, requireExistingNotCompressedObj);
            if (parsed == null && listed) {
                guard.objectUnreadable();
            }
            return parsed;
        } catch (IOException | RuntimeException e) {
            if (listed) {
                guard.objectUnreadable();
            }
            throw e;
        }
    }

    /**
     * PDFBox checks the page tree of a file it had to repair with a recursive walk, which a tree thousands of levels
     * deep (a few MB of objects) turns into a StackOverflowError. Its depth is checked first, without recursion.
     */
    @Override
    protected void checkPages(COSDictionary root) throws IOException {
        if (root != null) {
            Trees.requireDepthWithin(root.getDictionaryObject(COSName.PAGES), guard);
        }
        super.checkPages(root);
    }
}
