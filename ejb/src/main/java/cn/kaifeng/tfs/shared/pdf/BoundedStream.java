package cn.kaifeng.tfs.shared.pdf;

import cn.kaifeng.tfs.shared.pdf.PdfTooComplexException.Limit;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessInputStream;
import org.apache.pdfbox.io.RandomAccessOutputStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.RandomAccessReadWriteBuffer;
import org.apache.pdfbox.io.RandomAccessStreamCache;

/**
 * A stream of an untrusted file whose decoding is metered. PDFBox 3.0.8 decodes a stream whole into memory, with no
 * bound, and does so while parsing for object streams and cross-reference streams (through {@link #createView()}): a
 * few KB of Flate can inflate to gigabytes there. Here each filter of the chain writes through the {@link PdfGuard}'s
 * meter, which stops it at {@link PdfLimits#maxStreamBytes()}, so no more than that is ever held.
 *
 * <p>Only the filters that decode data are run (Flate, LZW, ASCII hex and 85, run length, the identity crypt filter);
 * image codecs (DCT, JPX, JBIG2, CCITT) are refused, since they decode to rasters inside ImageIO, beyond any meter,
 * and nothing reading an untrusted file here needs an image. A filter named twice is refused too: PDFBox would drop
 * the repeat and decode something other than what was metered.
 */
final class BoundedStream extends COSStream {

    private static final Set<COSName> DATA_FILTERS = Set.of(
            COSName.FLATE_DECODE,
            COSName.FLATE_DECODE_ABBREVIATION,
            COSName.LZW_DECODE,
            COSName.LZW_DECODE_ABBREVIATION,
            COSName.ASCII_HEX_DECODE,
            COSName.ASCII_HEX_DECODE_ABBREVIATION,
            COSName.ASCII85_DECODE,
            COSName.ASCII85_DECODE_ABBREVIATION,
            COSName.RUN_LENGTH_DECODE,
            COSName.RUN_LENGTH_DECODE_ABBREVIATION,
            COSName.CRYPT);

    private final PdfGuard guard;

    BoundedStream(RandomAccessStreamCache cache, RandomAccessReadView encoded, PdfGuard guard) throws IOException {
        super(cache, encoded);
        this.guard = guard;
    }

    /** What the object and cross-reference stream parsers read: decoded here, within the limits. */
    @Override
    public RandomAccessRead createView() throws IOException {
        List<COSName> filters = filters();
        return filters.isEmpty() ? super.createView() : decode(filters);
    }

    /**
     * PDFBox's decoding into memory, once the same decoding has been seen to stay within the limits. Nothing here
     * reads content this way; the check keeps a later use of it bounded as well.
     */
    @Override
    public COSInputStream createInputStream(DecodeOptions options) throws IOException {
        List<COSName> filters = filters();
        if (!filters.isEmpty()) {
            decode(filters).close();
        }
        return super.createInputStream(options);
    }

    private RandomAccessReadWriteBuffer decode(List<COSName> filters) throws IOException {
        guard.checkpoint();
        // an object stream's objects are all parsed as soon as one of them is wanted
        guard.objectsParsed(Math.max(0, getInt(COSName.N, 0)));
        requireBoundedPredictorRows();
        InputStream encoded = createRawInputStream();
        RandomAccessReadWriteBuffer decoded = null;
        for (int index = 0; index < filters.size(); index++) {
            decoded = new RandomAccessReadWriteBuffer();
            try (InputStream in = encoded) {
                FilterFactory.INSTANCE
                        .getFilter(filters.get(index))
                        .decode(in, guard.meter(new RandomAccessOutputStream(decoded)), this, index);
            }
            decoded.seek(0);
            encoded = new RandomAccessInputStream(decoded);
        }
        return decoded;
    }

    /** The filters as PDFBox reads them (a name or an array of names), checked against what may run here. */
    private List<COSName> filters() throws IOException {
        COSBase filter = getFilters();
        List<COSName> names = new ArrayList<>();
        if (filter instanceof COSName name) {
            names.add(name);
        } else if (filter instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (!(array.getObject(i) instanceof COSName name)) {
                    throw new IOException("a filter that is not a name: " + array.getObject(i));
                }
                names.add(name);
            }
        }
        for (COSName name : names) {
            if (!DATA_FILTERS.contains(name)) {
                throw new IOException("filter not decoded in untrusted PDFs: " + name.getName());
            }
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new IOException("a filter named twice: " + names);
        }
        return names;
    }

    /**
     * PDFBox's predictor allocates two rows of {@code Columns x Colors x BitsPerComponent} bits before it decodes
     * anything, outside the meter: a 500-byte file can ask for gigabytes. Every parameter dictionary is checked,
     * whichever filter it belongs to.
     */
    private void requireBoundedPredictorRows() throws PdfTooComplexException {
        COSBase parameters = getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
        List<COSBase> all = new ArrayList<>();
        if (parameters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                all.add(array.getObject(i));
            }
        } else {
            all.add(parameters);
        }
        for (COSBase each : all) {
            if (each instanceof COSDictionary dictionary && dictionary.getInt(COSName.PREDICTOR, 1) > 1) {
                long bits = Math.abs((long) dictionary.getInt(COSName.COLUMNS, 1))
                        * Math.abs((long) dictionary.getInt(COSName.COLORS, 1))
                        * Math.abs((long) dictionary.getInt(COSName.BITS_PER_COMPONENT, 8));
                if (bits / 8 > guard.limits().maxStreamBytes()) {
                    throw guard.exceed(Limit.DECODED_BYTES, "predictor rows of " + bits / 8 + " bytes");
                }
            }
        }
    }
}
