package cn.kaifeng.tfs.shared.typeset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Sets text on the pages of one document: a cursor that moves down a frame and starts a new page when the next
 * block does not fit, text in the document's fonts (each character in the font that has it, □ for one the typeface
 * lacks), paragraphs broken into lines the Chinese way, and footers drawn on every page once the number of pages is
 * known. Tables are set with {@link Table}. What a document prints, and where, is the document's own; drawing that is
 * not text (rules, a seal, a QR code) goes on {@link #canvas()}.
 *
 * <p>A typesetter belongs to one document on one thread.
 */
public final class Typesetter {

    /** Black: every piece of text states its colour, so a fill drawn before it cannot tint it. */
    public static final float[] BLACK = {0f, 0f, 0f};

    /**
     * Where a document's text goes: between {@code left} and {@code right}, from {@code top} down to no lower than
     * {@code bottom}; below that is room for the footer.
     */
    public record Frame(PDRectangle page, float left, float right, float top, float bottom) {

        public float width() {
            return right - left;
        }
    }

    /** Draws one page's footer; {@code page} counts from 1. */
    @FunctionalInterface
    public interface Footer {
        void draw(int page, int pages) throws IOException;
    }

    private final PDDocument doc;
    private final EmbeddedFonts fonts;
    private final Frame frame;
    private final List<PDPage> pages = new ArrayList<>();
    private final Map<String, Float> widths = new HashMap<>();
    private PDPageContentStream cs;
    private float y;

    /** Starts the document's first page. */
    public Typesetter(PDDocument doc, EmbeddedFonts fonts, Frame frame) throws IOException {
        this.doc = doc;
        this.fonts = fonts;
        this.frame = frame;
        newPage();
    }

    public Frame frame() {
        return frame;
    }

    /** The cursor: the top of the next block. */
    public float y() {
        return y;
    }

    /** Moves the cursor down; a negative distance moves it up. */
    public void down(float distance) {
        y -= distance;
    }

    /** Whether a block this high fits above the frame's bottom. */
    public boolean fits(float height) {
        return y - height >= frame.bottom();
    }

    /** Starts a new page unless a block this high fits on this one. */
    public void need(float height) throws IOException {
        if (!fits(height)) {
            newPage();
        }
    }

    public void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(frame.page());
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        y = frame.top();
    }

    /** The page being drawn on: the current page, or while footers are drawn, the footer's. */
    public PDPageContentStream canvas() {
        return cs;
    }

    /**
     * Ends the body and draws a footer on every page, over what is there, now that the number of pages is known.
     * Nothing is set after this.
     */
    public void footers(Footer footer) throws IOException {
        cs.close();
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream over =
                    new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs = over;
                footer.draw(i + 1, total);
            }
        }
        cs = null;
    }

    /** "第 n 页 共 m 页", as every document numbers its pages. */
    public static String pageOf(int page, int pages) {
        return "第 " + page + " 页 共 " + pages + " 页";
    }

    // --- blocks ----------------------------------------------------------------------------------------------------

    /**
     * Text broken into lines of the frame's width, each started on a new page if it does not fit, one every {@code
     * leading} points with {@code above} points over the letters; the cursor ends under the last line.
     */
    public void paragraph(String text, float size, float leading, float above) throws IOException {
        for (String line : lines(text, frame.width(), size)) {
            need(leading);
            text(size, BLACK, frame.left(), y - size - above, line);
            y -= leading;
        }
    }

    /** {@code text} as it can be printed, broken into lines no wider than {@code width} at {@code size}. */
    public List<String> lines(String text, float width, float size) {
        return LineBreaker.lines(printable(text), width, s -> width(s, size));
    }

    // --- text ------------------------------------------------------------------------------------------------------

    /** Text as given, which must be {@link #printable}, with its baseline's left end at x, baseline. */
    public void text(float size, float[] colour, float x, float baseline, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setNonStrokingColor(colour[0], colour[1], colour[2]);
        cs.newLineAtOffset(x, baseline);
        show(size, text);
        cs.endText();
    }

    /**
     * Bold text: the regular font filled and outlined in the same colour. One typeface embedded instead of two
     * halves the per-document font work, and headings look as bold as a bold cut would make them.
     */
    public void strong(float size, float[] colour, float x, float baseline, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setNonStrokingColor(colour[0], colour[1], colour[2]);
        cs.setStrokingColor(colour[0], colour[1], colour[2]);
        cs.setLineWidth(size * 0.035f);
        cs.setRenderingMode(RenderingMode.FILL_STROKE);
        cs.newLineAtOffset(x, baseline);
        show(size, text);
        cs.setRenderingMode(RenderingMode.FILL);
        cs.endText();
    }

    /** Text in the fonts that show it, each run going on where the one before ended. */
    private void show(float size, String text) throws IOException {
        for (EmbeddedFonts.Run run : fonts.runs(text)) {
            cs.setFont(run.font(), size);
            cs.showText(run.text());
        }
    }

    /** Where text starts that is centred between the frame's sides. */
    public float centred(String text, float size) {
        return (frame.left() + frame.right() - width(text, size)) / 2;
    }

    /**
     * The width of text at a size. Line breaking measures the same characters and words over and over, and PDFBox
     * encodes a string anew for each measure, so the widths at size 1,000 are kept for the document.
     */
    public float width(String text, float size) {
        Float w = widths.get(text);
        if (w == null) {
            try {
                w = fonts.width(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            widths.put(text, w);
        }
        return w / 1000f * size;
    }

    /**
     * Text as the fonts can show it: characters the typeface lacks (emoji, rare ideographs outside its repertoire)
     * become □ rather than failing the document, control characters become spaces, and null is empty.
     */
    public String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (fonts.shows(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('□');
            }
        });
        return out.toString();
    }
}
