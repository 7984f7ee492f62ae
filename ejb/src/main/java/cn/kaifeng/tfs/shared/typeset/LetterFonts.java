package cn.kaifeng.tfs.shared.typeset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The typeface of letters and eligible lists, Noto Sans SC Regular (TrueType, SIL Open Font License 1.1), parsed
 * once per JVM and shared by every document. Bold is drawn from it ({@link Typesetter#strong}), so one font is embedded
 * per letter.
 *
 * <p>PDFBox's per-document work for an embedded font (the widths of every glyph, the CID map up to the highest
 * glyph used, the Unicode map, subsetting) grows with the number of glyphs in the font it is given, not with the
 * few hundred a letter shows. So each document gets fonts cut to its own characters, which PDFBox embeds whole:
 * they are subsets already, named as such. A letter is set in two ({@link #embed(PDDocument, String, String)}): its
 * program's base font, cut to the words every letter of the program prints, embedded once and copied into each
 * letter ({@link FrozenFont}), and a small cut of the letter's other characters (a name, a reason). An eligible list
 * is set in one cut of its own ({@link #embed(PDDocument, String)}). (PDF/A-2 asks no CID set of such a font.)
 * Cuts are taken from a common cut kept for the JVM, the characters of GB 2312 level 1 (the 3,755 most used
 * hanzi) with its symbols, Latin letters, digits and Chinese punctuation, about 4,400 glyphs; a text with a rarer
 * character (a name with 㛃, say) is cut from the full font (30,798 glyphs). A text with a character beyond the Basic
 * Multilingual Plane is set in the full font itself, subset by PDFBox, since a cut's character map (format 4)
 * cannot hold it. The glyphs are the same in every case, so documents look alike either way. Glyph substitution
 * (GSUB) is switched off: it only forms Latin ligatures, which letters do not need, and PDFBox rebuilds its rules for
 * every line of text.
 *
 * <p>A parsed font is shared between threads safely only after every table has been read once: FontBox reads
 * tables lazily and without a lock, while glyph and raw-table reads are synchronised and subsetting reads from
 * fresh streams. So the constructor reads every table the embedder and subsetter use, before anyone shares it.
 */
public final class LetterFonts {

    /** Where the ejb build unpacks the font (see its pom); the benchmarks' Jasper letters read it there too. */
    private static final String REGULAR = "/cn/kaifeng/tfs/letter/font/NotoSansSC-Regular.ttf";

    /**
     * The tables a cut keeps: what PDFBox embeds of a TrueType font (outlines, metrics, hinting), and
     * what it reads to embed one (character map, names, OS/2 with the embedding permission, post). The layout
     * tables (GSUB, GPOS and the like, hundreds of kilobytes) are of no use to a PDF and are not copied.
     */
    private static final List<String> CUT_TABLES = List.of(
            "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2",
            "post");

    /** Programs and their versions in force at once are a handful; past this many, the oldest cut is let go. */
    private static final int BASES_KEPT = 32;

    private final TrueTypeFont full;
    /**
     * The characters of the Basic Multilingual Plane the font shows: asked for every character a letter prints,
     * and the font's own character map answers from a map of 30,000 boxed entries.
     */
    private final BitSet shown;

    private final TrueTypeFont common;
    private final Set<Integer> commonCharacters;

    /**
     * Base fonts by the text they are cut to, ready to be copied into a document. Derived from the font and the
     * programs' words alone, so each node of a cluster keeps its own and none needs another's.
     */
    private final Map<String, FrozenFont> bases = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FrozenFont> eldest) {
            return size() > BASES_KEPT;
        }
    });

    public LetterFonts() {
        this.full = load(REGULAR);
        this.shown = shown(full);
        this.commonCharacters = common(shown);
        this.common = cut(full, commonCharacters, null);
    }

    /** The full font: whether a character can be shown at all is asked of it. */
    public TrueTypeFont full() {
        return full;
    }

    /**
     * The font for a document that prints {@code text}, embedded in it: a cut of the text's characters (those the
     * typeface has; the typesetter shows the others as □), digits, the space and □, made for this document and
     * embedded whole, named as a subset; or, for a text beyond the Basic Multilingual Plane, the full font, which
     * PDFBox subsets when the document is saved. {@code text} must hold every character the document prints.
     */
    public EmbeddedFonts embed(PDDocument doc, String text) throws IOException {
        if (supplementary(text)) {
            return new EmbeddedFonts(this, PDType0Font.load(doc, full, true), null, null);
        }
        Set<Integer> characters = new TreeSet<>();
        text.codePoints().filter(cp -> cp >= 0x20).forEach(characters::add);
        for (int cp = '0'; cp <= '9'; cp++) {
            characters.add(cp);
        }
        characters.add((int) ' ');
        characters.add((int) '□');
        return new EmbeddedFonts(this, PDType0Font.load(doc, cutTo(characters), false), null, null);
    }

    /**
     * The fonts for a letter: a base font cut to {@code programText}, the words every letter of its program
     * prints, made once and copied into each document; and, for the characters of {@code text} (the letter's
     * own words) the base lacks, a second font cut for this document alone. PDFBox's embedding work (cutting,
     * the widths and the Unicode map, compressing the glyphs) then covers the few characters of a name or a
     * reason, not the few hundred of the whole letter. The base holds nothing of a case, so sharing it between
     * letters tells no reader of one letter anything of another. A text beyond the Basic Multilingual Plane is set
     * in the full font alone, as {@link #embed} does.
     */
    public EmbeddedFonts embed(PDDocument doc, String programText, String text) throws IOException {
        if (supplementary(text) || supplementary(programText)) {
            return new EmbeddedFonts(this, PDType0Font.load(doc, full, true), null, null);
        }
        FrozenFont base = base(programText);
        Set<Integer> rest = new TreeSet<>();
        text.codePoints()
                .filter(cp -> cp >= 0x20 && !base.characters().contains(cp) && shows(cp))
                .forEach(rest::add);
        PDType0Font extra = rest.isEmpty() ? null : PDType0Font.load(doc, cutTo(rest), false);
        return new EmbeddedFonts(this, base.thaw(doc), base.characters(), extra);
    }

    private FrozenFont base(String programText) throws IOException {
        FrozenFont base = bases.get(programText);
        if (base == null) {
            // two threads may both cut a new program's base; they make the same font, and the second is kept
            base = freeze(programText);
            bases.put(programText, base);
        }
        return base;
    }

    /** The base font of a program's letters, embedded once in a scratch document and kept as its objects' bytes. */
    private FrozenFont freeze(String programText) throws IOException {
        Set<Integer> characters = new TreeSet<>();
        programText.codePoints().filter(cp -> cp >= 0x20).forEach(characters::add);
        // all of printable ASCII (codes, addresses, figures) and what stands in for a character the font lacks
        for (int cp = 0x20; cp < 0x7F; cp++) {
            characters.add(cp);
        }
        characters.add((int) '□');
        characters.removeIf(cp -> !shows(cp));
        try (PDDocument scratch = new PDDocument()) {
            return FrozenFont.of(PDType0Font.load(scratch, cutTo(characters), false), characters);
        }
    }

    /** Whether the typeface has a glyph for the character. */
    public boolean shows(int codePoint) {
        if (codePoint <= 0xFFFF) {
            return shown.get(codePoint);
        }
        try {
            return full.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static BitSet shown(TrueTypeFont font) {
        BitSet shown = new BitSet(0x10000);
        try {
            for (int cp = 0; cp <= 0xFFFF; cp++) {
                if (font.getUnicodeCmapLookup().getGlyphId(cp) > 0) {
                    shown.set(cp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the letter font's character map", e);
        }
        return shown;
    }

    private static boolean supplementary(String text) {
        return text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
    }

    /**
     * Six capital letters that name a subset (PDF 32000-1, 9.6.4), the same for the same characters: the font's
     * name is given them and a plus sign, so that no reader takes the embedded program for the whole typeface.
     */
    static String subsetTag(Set<Integer> characters) {
        long h = 1125899906842597L;
        for (int cp : characters) {
            h = 31 * h + cp;
        }
        h &= Long.MAX_VALUE;
        char[] tag = new char[6];
        for (int i = 0; i < tag.length; i++) {
            tag[i] = (char) ('A' + h % 26);
            h /= 26;
        }
        return new String(tag) + "+";
    }

    /**
     * Printable ASCII, and the characters of GB 2312 rows 1 to 9 (symbols, punctuation, full-width forms) and
     * level 1 (rows 16 to 55), where the font has them.
     */
    private static Set<Integer> common(BitSet shown) {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        Set<Integer> characters = new HashSet<>();
        for (int cp = 0x20; cp <= 0xFFFF; cp++) {
            if (shown.get(cp) && (cp < 0x7F || levelOneOrSymbol(gb2312, cp))) {
                characters.add(cp);
            }
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

    /**
     * A font of the characters' glyphs named as a subset: cut from the common cut when it has them all (smaller to
     * cut from), else from the full font.
     */
    private TrueTypeFont cutTo(Set<Integer> characters) {
        return cut(commonCharacters.containsAll(characters) ? common : full, characters, subsetTag(characters));
    }

    /**
     * The characters' glyphs as a font of their own, its name prefixed with {@code tag} if one is given; characters
     * the font lacks are left out.
     */
    private static TrueTypeFont cut(TrueTypeFont font, Set<Integer> characters, String tag) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(font, CUT_TABLES);
            subsetter.addAll(characters);
            if (tag != null) {
                subsetter.setPrefix(tag);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(characters.size() * 512);
            subsetter.writeToStream(out);
            return prepare(new TTFParser().parse(new RandomAccessReadBuffer(out.toByteArray())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the letter font to the characters it is to show", e);
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
