package cn.kaifeng.tfs.shared.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.ICOSParser;
import org.apache.pdfbox.io.RandomAccessStreamCache;

/**
 * The document of one untrusted reading. Every stream PDFBox parses from the file is made here, whichever parser
 * found it (the regular one, or the brute-force one that repairs a damaged file and decodes every object stream it
 * finds), so making them {@link BoundedStream}s meters all decoding while parsing.
 */
final class BoundedDocument extends COSDocument {

    private final RandomAccessStreamCache cache;
    private final ICOSParser parser;
    private final PdfGuard guard;

    BoundedDocument(RandomAccessStreamCache cache, ICOSParser parser, PdfGuard guard) {
        super(() -> cache, parser);
        this.cache = cache;
        this.parser = parser;
        this.guard = guard;
    }

    @Override
    public COSStream createCOSStream(COSDictionary dictionary, long start, long length) throws IOException {
        BoundedStream stream = new BoundedStream(cache, parser.createRandomAccessReadView(start, length), guard);
        dictionary.forEach(stream::setItem);
        stream.setKey(dictionary.getKey());
        return stream;
    }
}
