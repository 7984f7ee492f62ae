package cn.kaifeng.tfs.letter.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.HashSet;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The letters' typeface, Noto Sans SC Regular (TrueType, SIL Open Font License 1.1), parsed once per JVM and
 * shared by every letter. Bold is drawn from it (see the renderer), so one font is embedded per letter.
 *
 * <p>Two cuts are kept. The full font (30,798 glyphs) covers every character; a common cut holds the characters
 * of GB 2312 level 1 (the 3,755 most used hanzi) with its symbols, Latin letters, digits and Chinese punctuation,
 * about 4,400 glyphs. PDFBox's per-letter work (widths, the CID map, subsetting) grows with the size of the font
 * it is given, so a letter whose every character is common is set in the common cut, several times faster; a
 * letter with a rarer character (a name with 㛃, say) is set in the full font. Both have the same glyphs, so
 * letters look alike either way. Glyph substitution (GSUB) is switched off: it only forms Latin ligatures, which
 * letters do not need, and PDFBox rebuilds its rules for every line of text.
 *
 * <p>A parsed font is shared between threads safely only after every table has been read once: FontBox reads
 * tables lazily and without a lock, while glyph and raw-table reads are synchronised and subsetting reads from
 * fresh streams. So the constructor reads every table the embedder and subsetter use, before anyone shares it.
 */
public final class LetterFonts {

    private static final String REGULAR = "/cn/kaifeng/tfs/letter/font/NotoSansSC-Regular.ttf";

    private final TrueTypeFont full;
    private final TrueTypeFont common;
    private final Set<Integer> commonCharacters;

    public LetterFonts() {
        this.full = load(REGULAR);
        this.commonCharacters = common(full);
        this.common = cut(full, commonCharacters);
    }

    /** The full font: whether a character can be shown at all is asked of it. */
    public TrueTypeFont full() {
        return full;
    }

    /** The font to set this text in: the common cut when it covers every character, else the full font. */
    public TrueTypeFont forText(String text) {
        boolean covered = text.codePoints().allMatch(cp -> cp < 0x20 || commonCharacters.contains(cp));
        return covered ? common : full;
    }

    /**
     * Printable ASCII, and the characters of GB 2312 rows 1 to 9 (symbols, punctuation, full-width forms) and
     * level 1 (rows 16 to 55), where the font has them.
     */
    private static Set<Integer> common(TrueTypeFont font) {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        Set<Integer> characters = new HashSet<>();
        try {
            for (int cp = 0x20; cp <= 0xFFFF; cp++) {
                if ((cp < 0x7F || levelOneOrSymbol(gb2312, cp))
                        && font.getUnicodeCmapLookup().getGlyphId(cp) > 0) {
                    characters.add(cp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the letter font's character map", e);
        }
        // ¥ and the box that stands in for a character the font lacks are printed by the letters themselves
        characters.add((int) '¥');
        characters.add((int) '□');
        return Set.copyOf(characters);
    }

    private static boolean levelOneOrSymbol(CharsetEncoder gb2312, int cp) {
        if (Character.isSurrogate((char) cp) || !gb2312.canEncode((char) cp)) {
            return false;
        }
        try {
            ByteBuffer bytes = gb2312.encode(CharBuffer.wrap(new char[] {(char) cp}));
            if (bytes.remaining() != 2) {
                return false;
            }
            int row = (bytes.get(0) & 0xFF) - 0xA0;
            return row <= 9 || (row >= 16 && row <= 55);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static TrueTypeFont cut(TrueTypeFont font, Set<Integer> characters) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            subsetter.addAll(characters);
            ByteArrayOutputStream out = new ByteArrayOutputStream(4 * 1024 * 1024);
            subsetter.writeToStream(out);
            return prepare(new TTFParser().parse(new RandomAccessReadBuffer(out.toByteArray())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the letter font to its common characters", e);
        }
    }

    private static TrueTypeFont load(String resource) {
        try (InputStream in = LetterFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the letter font " + resource + " is not on the class path");
            }
            return prepare(new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the letter font " + resource, e);
        }
    }

    private static TrueTypeFont prepare(TrueTypeFont font) throws IOException {
        font.setEnableGsub(false);
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
        return font;
    }
}
