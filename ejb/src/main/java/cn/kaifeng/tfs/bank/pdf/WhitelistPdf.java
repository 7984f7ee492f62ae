package cn.kaifeng.tfs.bank.pdf;

import cn.kaifeng.tfs.shared.typeset.LetterFonts;
import cn.kaifeng.tfs.shared.typeset.LineBreaker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The eligible list (名单) as a PDF for banks that cannot integrate: landscape A4, a title naming program, version
 * and publication, then a table that continues over as many pages as it needs, its header repeated on each, and
 * "page n of m" at the foot. Unsigned here; the caller signs it with the bureau's key.
 */
public final class WhitelistPdf {

    /** What the title block says. */
    public record Heading(String title, String subtitle, String issuer) {}

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40;
    private static final float SIZE = 9;
    private static final float LEADING = 12;
    private static final float PAD = 4;

    /** Column widths in points; they add up to the page width within the margins. */
    static final float[] WIDTHS = {32, 200, 118, 86, 130, 92, 104};

    static final String[] HEADER = {"序号", "企业名称", "统一社会信用代码", "核定支持金额（元）", "决定书文号", "验证码", "有效期"};

    private final LetterFonts fonts;

    public WhitelistPdf(LetterFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(Heading heading, List<String[]> rows) {
        StringBuilder all =
                new StringBuilder(heading.title()).append(heading.subtitle()).append(heading.issuer());
        for (String h : HEADER) {
            all.append(h);
        }
        rows.forEach(r -> {
            for (String c : r) {
                all.append(c);
            }
        });
        all.append("第页共本版名单无条目。");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = fonts.embed(doc, all.toString());
            Writer w = new Writer(doc, font, fonts);
            w.title(heading);
            w.row(HEADER, true);
            for (String[] r : rows) {
                if (w.fits(r)) {
                    w.row(r, false);
                } else {
                    w.newPage();
                    w.row(HEADER, true);
                    w.row(r, false);
                }
            }
            if (rows.isEmpty()) {
                w.line("本版名单无条目。", MARGIN, SIZE);
            }
            w.close();
            w.footers();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(heading.title());
            info.setAuthor(heading.issuer());
            info.setSubject(heading.subtitle());
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private final LetterFonts typeface;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, PDType0Font font, LetterFonts typeface) throws IOException {
            this.doc = doc;
            this.font = font;
            this.typeface = typeface;
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(doc, page);
            y = PAGE.getHeight() - MARGIN;
        }

        void title(Heading heading) throws IOException {
            float size = 16;
            float width = width(heading.title(), size);
            line(heading.title(), (PAGE.getWidth() - width) / 2, size);
            y -= 6;
            line(heading.subtitle(), MARGIN, 10);
            line(heading.issuer(), MARGIN, 10);
            y -= 4;
        }

        void line(String text, float x, float size) throws IOException {
            y -= size * 1.4f;
            show(safe(text), x, y, size);
        }

        boolean fits(String[] cells) {
            return y - height(cells) >= MARGIN + 20;
        }

        void row(String[] cells, boolean header) throws IOException {
            float height = height(cells);
            float top = y;
            if (header) {
                cs.setNonStrokingColor(0.9f, 0.9f, 0.9f);
                cs.addRect(MARGIN, top - height, total(), height);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
            }
            float x = MARGIN;
            for (int i = 0; i < cells.length; i++) {
                float baseline = top - PAD - SIZE;
                for (String l : lines(i, cells[i])) {
                    show(l, x + PAD, baseline, SIZE);
                    baseline -= LEADING;
                }
                x += WIDTHS[i];
            }
            cs.setLineWidth(0.5f);
            cs.addRect(MARGIN, top - height, total(), height);
            x = MARGIN;
            for (int i = 0; i < WIDTHS.length - 1; i++) {
                x += WIDTHS[i];
                cs.moveTo(x, top);
                cs.lineTo(x, top - height);
            }
            cs.stroke();
            y = top - height;
        }

        /** "第 n 页 共 m 页" at the foot of every page, once the number of pages is known. */
        void footers() throws IOException {
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream foot =
                        new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    String text = "第 " + (i + 1) + " 页 共 " + pages.size() + " 页";
                    foot.beginText();
                    foot.setFont(font, 8);
                    foot.newLineAtOffset((PAGE.getWidth() - width(text, 8)) / 2, MARGIN / 2);
                    foot.showText(text);
                    foot.endText();
                }
            }
        }

        void close() throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        }

        private float height(String[] cells) {
            int lines = 1;
            for (int i = 0; i < cells.length; i++) {
                lines = Math.max(lines, lines(i, cells[i]).size());
            }
            return lines * LEADING + 2 * PAD;
        }

        private List<String> lines(int column, String text) {
            return LineBreaker.lines(safe(text), WIDTHS[column] - 2 * PAD, s -> width(s, SIZE));
        }

        private void show(String text, float x, float baseline, float size) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(text);
            cs.endText();
        }

        private float width(String text, float size) {
            try {
                return font.getStringWidth(text) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static float total() {
            float sum = 0;
            for (float w : WIDTHS) {
                sum += w;
            }
            return sum;
        }

        /** Characters the typeface lacks become □ and control characters spaces, rather than failing the list. */
        private String safe(String text) {
            StringBuilder out = new StringBuilder(text == null ? 0 : text.length());
            if (text != null) {
                text.codePoints().forEach(cp -> {
                    if (Character.isISOControl(cp)) {
                        out.append(' ');
                    } else if (has(cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append('□');
                    }
                });
            }
            return out.toString();
        }

        private boolean has(int codePoint) {
            return typeface.shows(codePoint);
        }
    }
}
