package cn.kaifeng.tfs.shared.typeset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts one document is set in (see {@link LetterFonts#embed(org.apache.pdfbox.pdmodel.PDDocument, String,
 * String)}): a base font, and an extra one for the characters the base does not show. Both are cuts of the same
 * typeface, so a line mixing them looks as if set in one; text is split into runs by the font that shows each
 * character. A list is set in one font alone ({@link LetterFonts#embed(org.apache.pdfbox.pdmodel.PDDocument,
 * String)}).
 */
public final class EmbeddedFonts {

    /** A stretch of text set in one font. */
    public record Run(PDType0Font font, String text) {}

    private final LetterFonts typeface;
    private final PDType0Font base;
    /** What the base shows; null when it shows every character printed (a full font, subset on saving). */
    private final Set<Integer> baseCharacters;
    /** Null when the base shows all of the document's characters. */
    private final PDType0Font extra;

    EmbeddedFonts(LetterFonts typeface, PDType0Font base, Set<Integer> baseCharacters, PDType0Font extra) {
        this.typeface = typeface;
        this.base = base;
        this.baseCharacters = baseCharacters;
        this.extra = extra;
    }

    /** {@code text} as runs of one font each, in order. */
    public List<Run> runs(String text) {
        if (extra == null || baseCharacters == null) {
            return List.of(new Run(base, text));
        }
        List<Run> runs = new ArrayList<>(2);
        int start = 0;
        PDType0Font current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            PDType0Font font = baseCharacters.contains(cp) ? base : extra;
            if (font != current) {
                if (current != null) {
                    runs.add(new Run(current, text.substring(start, i)));
                }
                current = font;
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (current != null) {
            runs.add(new Run(current, text.substring(start)));
        }
        return runs;
    }

    /**
     * Whether the typeface has a glyph for the character at all; one it lacks cannot be in any of the document's
     * fonts.
     */
    public boolean shows(int codePoint) {
        return typeface.shows(codePoint);
    }

    /** The width of {@code text} in thousandths of the font size. */
    public float width(String text) throws IOException {
        float width = 0;
        for (Run run : runs(text)) {
            width += run.font().getStringWidth(run.text());
        }
        return width;
    }
}
