package cn.kaifeng.tfs.shared.typeset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An embedded font as the bytes and values of its PDF objects (the Type 0 font, its CID font, descriptor, widths,
 * Unicode map and compressed font program), taken from a scratch document once and copied into each document
 * that uses it. Copying costs a hundredth of what PDFBox's embedding does; the copy is read back by PDFBox as any
 * embedded font is.
 *
 * <p>PDF objects belong to one document: the writer numbers them as it saves. So nothing here is a PDFBox object a
 * document could hold; every copy is made of new objects, and the frozen parts are never changed, so one frozen
 * font serves all threads.
 */
final class FrozenFont {

    private sealed interface Part permits Dictionary, Array, Stream, Leaf, Text, Real {}

    private record Dictionary(List<Map.Entry<COSName, Part>> entries) implements Part {}

    private record Array(List<Part> items) implements Part {}

    /** A stream's dictionary and its data as stored (compressed). */
    private record Stream(Dictionary dictionary, byte[] raw) implements Part {}

    /** Names, integers, booleans and null: PDFBox shares these between documents itself. */
    private record Leaf(COSBase value) implements Part {}

    private record Text(byte[] bytes) implements Part {}

    private record Real(float value) implements Part {}

    private final Dictionary font;
    private final Set<Integer> characters;

    private FrozenFont(Dictionary font, Set<Integer> characters) {
        this.font = font;
        this.characters = Set.copyOf(characters);
    }

    /** {@code font}'s objects as they are now; {@code characters}, those it shows. */
    static FrozenFont of(PDType0Font font, Set<Integer> characters) throws IOException {
        return new FrozenFont(dictionary(font.getCOSObject()), characters);
    }

    Set<Integer> characters() {
        return characters;
    }

    /**
     * The font as new objects of {@code doc}. PDFbox reads a font's Unicode map as it opens the font, a third of the
     * cost, though it needs the map only to extract text, never to write it: so the map is added to the copy after
     * PDFBox has opened it.
     */
    PDType0Font thaw(PDDocument doc) throws IOException {
        COSDictionary copy = new COSDictionary();
        Part toUnicode = null;
        for (Map.Entry<COSName, Part> e : font.entries()) {
            if (COSName.TO_UNICODE.equals(e.getKey())) {
                toUnicode = e.getValue();
            } else {
                copy.setItem(e.getKey(), thaw(e.getValue(), doc));
            }
        }
        PDType0Font opened = new PDType0Font(copy);
        if (toUnicode != null) {
            copy.setItem(COSName.TO_UNICODE, thaw(toUnicode, doc));
        }
        return opened;
    }

    private static Dictionary dictionary(COSDictionary source) throws IOException {
        List<Map.Entry<COSName, Part>> entries = new ArrayList<>(source.size());
        for (Map.Entry<COSName, COSBase> e : source.entrySet()) {
            entries.add(Map.entry(e.getKey(), part(e.getValue())));
        }
        return new Dictionary(List.copyOf(entries));
    }

    private static Part part(COSBase value) throws IOException {
        COSBase v = value instanceof COSObject o ? o.getObject() : value;
        if (v instanceof COSStream s) {
            try (InputStream raw = s.createRawInputStream()) {
                return new Stream(dictionary(s), raw.readAllBytes());
            }
        }
        if (v instanceof COSDictionary d) {
            return dictionary(d);
        }
        if (v instanceof COSArray a) {
            List<Part> items = new ArrayList<>(a.size());
            for (COSBase item : a) {
                items.add(part(item));
            }
            return new Array(List.copyOf(items));
        }
        if (v instanceof COSString s) {
            return new Text(s.getBytes());
        }
        if (v instanceof COSFloat f) {
            return new Real(f.floatValue());
        }
        return new Leaf(v);
    }

    private static COSDictionary thaw(Dictionary frozen, PDDocument doc) throws IOException {
        COSDictionary copy = new COSDictionary();
        fill(copy, frozen, doc);
        return copy;
    }

    private static void fill(COSDictionary copy, Dictionary frozen, PDDocument doc) throws IOException {
        for (Map.Entry<COSName, Part> e : frozen.entries()) {
            copy.setItem(e.getKey(), thaw(e.getValue(), doc));
        }
    }

    private static COSBase thaw(Part part, PDDocument doc) throws IOException {
        if (part instanceof Dictionary d) {
            return thaw(d, doc);
        }
        if (part instanceof Array a) {
            COSArray copy = new COSArray();
            for (Part item : a.items()) {
                copy.add(thaw(item, doc));
            }
            return copy;
        }
        if (part instanceof Stream s) {
            COSStream copy = doc.getDocument().createCOSStream();
            fill(copy, s.dictionary(), doc);
            try (OutputStream raw = copy.createRawOutputStream()) {
                raw.write(s.raw());
            }
            return copy;
        }
        if (part instanceof Text t) {
            return new COSString(t.bytes());
        }
        if (part instanceof Real r) {
            return new COSFloat(r.value());
        }
        return ((Leaf) part).value();
    }
}
