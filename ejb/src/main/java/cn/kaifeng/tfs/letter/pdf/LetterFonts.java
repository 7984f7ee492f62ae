package cn.kaifeng.tfs.letter.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The letters' typeface, Noto Sans SC (regular and bold, TrueType, SIL Open Font License 1.1), parsed once per JVM
 * and shared by every letter: parsing the 10 MB font file costs more than rendering a letter, so a letter only
 * subsets what it uses from the parsed font.
 *
 * <p>A parsed font is shared between threads safely only after every table has been read once: FontBox reads
 * tables lazily and without a lock, while glyph and raw-table reads are synchronised and subsetting reads from
 * fresh streams. So the constructor reads every table the embedder and subsetter use, before anyone shares it.
 */
public final class LetterFonts {

    private static final String REGULAR = "/cn/kaifeng/tfs/letter/font/NotoSansSC-Regular.ttf";
    private static final String BOLD = "/cn/kaifeng/tfs/letter/font/NotoSansSC-Bold.ttf";

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    public LetterFonts() {
        this.regular = load(REGULAR);
        this.bold = load(BOLD);
    }

    public TrueTypeFont regular() {
        return regular;
    }

    public TrueTypeFont bold() {
        return bold;
    }

    private static TrueTypeFont load(String resource) {
        try (InputStream in = LetterFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the letter font " + resource + " is not on the class path");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            warmUp(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the letter font " + resource, e);
        }
    }

    private static void warmUp(TrueTypeFont font) throws IOException {
        font.getHeader();
        font.getHorizontalHeader();
        font.getMaximumProfile();
        font.getHorizontalMetrics();
        font.getIndexToLocation();
        font.getNaming();
        font.getOS2Windows();
        font.getPostScript();
        font.getCmap();
        font.getUnicodeCmapLookup();
        font.getGlyph();
        font.getName();
        font.getUnitsPerEm();
        font.getFontBBox();
        font.getNumberOfGlyphs();
    }
}
