package cn.kaifeng.tfs.letter.pdf;

import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.shared.typeset.EmbeddedFonts;
import cn.kaifeng.tfs.shared.typeset.LetterFonts;
import cn.kaifeng.tfs.shared.typeset.LineBreaker;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays a letter out on A4 like an official document (red issuer header and rule, number, title, addressee, body,
 * summary and score tables, policy basis, appeal route, issuer and date over a seal area) and writes it as
 * PDF/A-2u: fonts embedded as subsets with Unicode maps so that copied text is right, an sRGB output intent, and
 * XMP metadata naming title, issuer and letter number. Every page's footer carries the verification code, the
 * verification address and its QR code. Then the file is signed.
 *
 * <p>One renderer serves every thread: it holds only the parsed fonts and the colour profile.
 */
public final class LetterRenderer {

    static final String PRODUCER = "人才与金融扶持平台 Talent & Fund Support Suite";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float LEFT = 26 * MM;
    private static final float RIGHT = A4.getWidth() - 26 * MM;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float TOP = A4.getHeight() - 22 * MM;
    /** Body text stops here; the footer with the QR code lives below. */
    private static final float BODY_BOTTOM = 40 * MM;

    private static final float BODY_SIZE = 12f;
    private static final float BODY_LEADING = BODY_SIZE * 1.75f;
    private static final float TABLE_SIZE = 10.5f;
    private static final float TABLE_LEADING = TABLE_SIZE * 1.5f;
    private static final float CELL_PAD = 4f;
    private static final float FOOTER_SIZE = 8.5f;
    private static final float QR_SIZE = 22 * MM;

    /** 中国红 for the header and the seal, dark enough to print and read. */
    private static final float[] RED = {0.78f, 0.06f, 0.06f};

    private static final float[] BLACK = {0f, 0f, 0f};
    private static final float[] GREY = {0.35f, 0.35f, 0.35f};
    private static final float[] HEADER_FILL = {0.93f, 0.93f, 0.93f};

    private static final String INDENT = "\u3000\u3000";

    /**
     * Every character the renderer prints of its own, besides the letter's text and ASCII: a letter's font is cut
     * to these and the letter's characters ({@link LetterFonts#embed}), so a new word printed here belongs here.
     */
    private static final String PRINTED =
            INDENT + "（统一社会信用代码：）评分明细项得满政策依据；。复核途径电子签名验证核网址本文书由数字扫描二维" + "或访问上述可其真实性与是否有效第页共";

    private final LetterFonts fonts;
    private final PdfA pdfA = new PdfA();

    public LetterRenderer(LetterFonts fonts) {
        this.fonts = fonts;
    }

    public LetterFonts fonts() {
        return fonts;
    }

    /** The letter as a signed PDF/A-2u file. */
    public byte[] render(LetterContent letter, LetterSigner signer) {
        try {
            byte[] unsigned = layOut(letter);
            return signer.signPdf(unsigned, letter.issuer(), letter.number(), beijingNow());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write letter " + letter.number(), e);
        }
    }

    private byte[] layOut(LetterContent letter) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.setVersion(1.7f);
            Calendar created = beijingNow();
            Page page = new Page(doc, fonts.embed(doc, letter.programText() + PRINTED, letter.text()), fonts);
            page.header(letter);
            page.body(letter);
            page.closing(letter);
            page.finish(letter);
            pdfA.describe(doc, letter.title(), letter.issuer(), letter.number(), created);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            // plain objects and a classic cross-reference table, not object streams: the signer reads the file
            // straight back, and reading (and writing) object streams cost more than the 3 % they save of a letter
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** Now in Beijing, in whole seconds, as letters and the bureau's other signed documents are dated. */
    public static Calendar beijingNow() {
        // whole seconds: PDF dates carry no fraction, and Info and XMP must state the same instant
        ZonedDateTime now = ZonedDateTime.now(BEIJING).withNano(0);
        GregorianCalendar calendar = GregorianCalendar.from(now);
        calendar.setTimeZone(TimeZone.getTimeZone(BEIJING));
        return calendar;
    }

    /** The QR code of an address as dark modules: true where a square is drawn. */
    public static BitMatrix qr(String url) {
        try {
            return new QRCodeWriter()
                    .encode(
                            url,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.MARGIN,
                                    0,
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    // any of the eight masks gives a valid code; choosing one by ZXing's penalty
                                    // rules costs about a millisecond per letter, and a printed address reads well
                                    // with any of them
                                    EncodeHintType.QR_MASK_PATTERN,
                                    2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + url + " as a QR code", e);
        }
    }

    /** The pages being written: a cursor that moves down and starts a new page when the next block does not fit. */
    private static final class Page {
        private final PDDocument doc;
        private final EmbeddedFonts fonts;
        private final LetterFonts typeface;
        private final List<PDPage> pages = new ArrayList<>();
        private final Map<String, Float> widths = new HashMap<>();
        private PDPageContentStream cs;
        private float y;

        /** {@code fonts} to set the letter in; {@code typeface} says which characters can be shown at all. */
        Page(PDDocument doc, EmbeddedFonts fonts, LetterFonts typeface) throws IOException {
            this.doc = doc;
            this.fonts = fonts;
            this.typeface = typeface;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(A4);
            doc.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(doc, page);
            y = TOP;
        }

        private void need(float height) throws IOException {
            if (y - height < BODY_BOTTOM) {
                newPage();
            }
        }

        // --- the parts of a letter ---------------------------------------------------------------------------

        void header(LetterContent letter) throws IOException {
            String issuer = safe(letter.issuer());
            // the header is one line: a long issuer name is set smaller rather than wrapped
            float size = Math.min(26f, 26f * WIDTH / width(issuer, 26f));
            strong(size, RED, (LEFT + RIGHT - width(issuer, size)) / 2, y - size, issuer);
            y -= size + 10;
            text(
                    BODY_SIZE,
                    BLACK,
                    (LEFT + RIGHT - width(letter.number(), BODY_SIZE)) / 2,
                    y - BODY_SIZE,
                    letter.number());
            y -= BODY_SIZE + 8;
            cs.setStrokingColor(RED[0], RED[1], RED[2]);
            cs.setLineWidth(1.6f);
            cs.moveTo(LEFT, y);
            cs.lineTo(RIGHT, y);
            cs.stroke();
            y -= 28;
            float titleSize = 18f;
            for (String line : LineBreaker.lines(safe(letter.title()), WIDTH, s -> width(s, titleSize))) {
                need(titleSize * 1.5f);
                strong(titleSize, BLACK, (LEFT + RIGHT - width(line, titleSize)) / 2, y - titleSize, line);
                y -= titleSize * 1.5f;
            }
            y -= 10;
        }

        void body(LetterContent letter) throws IOException {
            String addressee = letter.addressee()
                    + (letter.creditCode() == null ? "" : "（统一社会信用代码：" + letter.creditCode() + "）") + "：";
            paragraph(addressee, false, BLACK);
            for (String p : letter.body()) {
                paragraph(p, true, BLACK);
            }
            y -= 6;
            table(
                    new float[] {WIDTH * 0.26f, WIDTH * 0.74f},
                    null,
                    letter.facts().stream()
                            .map(f -> new String[] {f.label(), f.value()})
                            .toList());
            if (!letter.scores().isEmpty()) {
                y -= 6;
                heading("评分明细");
                List<String[]> rows = new ArrayList<>(letter.scores().stream()
                        .map(r -> new String[] {r.criterion(), r.points(), r.max()})
                        .toList());
                table(
                        new float[] {WIDTH * 0.64f, WIDTH * 0.14f, WIDTH * 0.22f},
                        new String[] {"评分项", "得分", "满分"},
                        rows);
                if (letter.totalLine() != null) {
                    small(letter.totalLine());
                }
            }
            if (letter.passRule() != null) {
                small(letter.passRule());
            }
            if (!letter.clauses().isEmpty()) {
                y -= 4;
                paragraph("政策依据：" + String.join("；", letter.clauses()) + "。", true, BLACK);
            }
            if (letter.appealRoute() != null) {
                paragraph("复核途径：" + letter.appealRoute(), true, BLACK);
            }
        }

        /** Issuer and date at the right, over the seal area; kept together on one page. */
        void closing(LetterContent letter) throws IOException {
            need(BODY_LEADING * 2 + 70);
            y -= 30;
            String issuer = safe(letter.issuer());
            String date = letter.issuedOnInWords();
            float blockWidth = Math.max(width(issuer, BODY_SIZE), width(date, BODY_SIZE));
            float x = RIGHT - blockWidth - 2 * BODY_SIZE;
            text(BODY_SIZE, BLACK, x + (blockWidth - width(issuer, BODY_SIZE)) / 2, y - BODY_SIZE, issuer);
            text(BODY_SIZE, BLACK, x + (blockWidth - width(date, BODY_SIZE)) / 2, y - BODY_SIZE - BODY_LEADING, date);
            seal(x + blockWidth / 2, y - BODY_LEADING / 2 - BODY_SIZE / 2);
            y -= BODY_LEADING * 2 + 40;
        }

        /**
         * The seal area: where a paper letter is stamped, a red ring marks that this one is signed digitally. It
         * says so in words, so that nobody mistakes the drawing for a seal.
         */
        private void seal(float cx, float cy) throws IOException {
            float r = 40f;
            cs.setStrokingColor(RED[0], RED[1], RED[2]);
            cs.setLineWidth(2f);
            circle(cx, cy, r);
            cs.stroke();
            cs.setLineWidth(0.8f);
            circle(cx, cy, r - 4);
            cs.stroke();
            String label = "电子签名";
            text(7f, RED, cx - width(label, 7f) / 2, cy - r + 9f, label);
        }

        private void circle(float cx, float cy, float r) throws IOException {
            float k = 0.5523f * r;
            cs.moveTo(cx + r, cy);
            cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            cs.closePath();
        }

        /** Footers on every page: verification code and address, the QR code, and the page count. */
        void finish(LetterContent letter) throws IOException {
            cs.close();
            BitMatrix qr = qr(letter.verificationUrl());
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream footer =
                        new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs = footer;
                    float base = 16 * MM;
                    drawQr(footer, qr, LEFT, base);
                    float tx = LEFT + QR_SIZE + 10;
                    float line = FOOTER_SIZE * 1.6f;
                    float top = base + QR_SIZE - FOOTER_SIZE;
                    strong(FOOTER_SIZE + 1, BLACK, tx, top, "验证码：" + letter.verificationCode());
                    text(FOOTER_SIZE, GREY, tx, top - line, "核验网址：" + letter.verificationUrl());
                    text(
                            FOOTER_SIZE,
                            GREY,
                            tx,
                            top - 2 * line,
                            "本文书由" + safe(letter.issuer()) + "数字签名。扫描二维码或访问上述网址可核验其真实性与是否有效。");
                    text(FOOTER_SIZE, GREY, tx, top - 3 * line, letter.number());
                    String pageNo = "第 " + (i + 1) + " 页 共 " + total + " 页";
                    text(FOOTER_SIZE, GREY, RIGHT - width(pageNo, FOOTER_SIZE), base, pageNo);
                }
            }
            cs = null;
        }

        /**
         * The QR code as filled squares, in a space where a module is one unit: the path's coordinates are small
         * whole numbers, quicker to write and shorter in the file than points with decimals.
         */
        private static void drawQr(PDPageContentStream out, BitMatrix qr, float x, float y) throws IOException {
            int n = qr.getWidth();
            float module = QR_SIZE / n;
            out.saveGraphicsState();
            out.transform(new Matrix(module, 0, 0, module, x, y));
            out.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < n; row++) {
                int col = 0;
                while (col < n) {
                    if (!qr.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < n && qr.get(col, row)) {
                        col++;
                    }
                    // a run of dark modules as one rectangle, slightly overlapping the row below to leave no
                    // hairline gaps
                    out.addRect(start, n - 1 - row, col - start, 1.01f);
                }
            }
            out.fill();
            out.restoreGraphicsState();
        }

        // --- blocks ------------------------------------------------------------------------------------------

        private void heading(String text) throws IOException {
            need(BODY_LEADING * 2);
            strong(BODY_SIZE, BLACK, LEFT, y - BODY_SIZE, text);
            y -= BODY_LEADING;
        }

        private void paragraph(String text, boolean indent, float[] colour) throws IOException {
            List<String> lines =
                    LineBreaker.lines((indent ? INDENT : "") + safe(text), WIDTH, s -> width(s, BODY_SIZE));
            for (String line : lines) {
                need(BODY_LEADING);
                text(BODY_SIZE, colour, LEFT, y - BODY_SIZE, line);
                y -= BODY_LEADING;
            }
        }

        private void small(String text) throws IOException {
            for (String line : LineBreaker.lines(safe(text), WIDTH, s -> width(s, TABLE_SIZE))) {
                need(TABLE_LEADING);
                text(TABLE_SIZE, BLACK, LEFT, y - TABLE_SIZE - 2, line);
                y -= TABLE_LEADING;
            }
            y -= 4;
        }

        /** A ruled table; rows that do not fit go to the next page, under a repeated header row. */
        private void table(float[] widths, String[] header, List<String[]> rows) throws IOException {
            List<List<String>> head = header == null ? null : cells(widths, header);
            if (head != null) {
                row(widths, head, true);
            }
            for (String[] r : rows) {
                List<List<String>> cells = cells(widths, r);
                if (y - rowHeight(cells) < BODY_BOTTOM) {
                    newPage();
                    if (head != null) {
                        row(widths, head, true);
                    }
                }
                row(widths, cells, false);
            }
            y -= 8;
        }

        /** A row's cells broken into the lines that fit their columns. */
        private List<List<String>> cells(float[] widths, String[] cells) {
            List<List<String>> lines = new ArrayList<>(cells.length);
            for (int i = 0; i < cells.length; i++) {
                lines.add(LineBreaker.lines(safe(cells[i]), widths[i] - 2 * CELL_PAD, s -> width(s, TABLE_SIZE)));
            }
            return lines;
        }

        private static float rowHeight(List<List<String>> cells) {
            int lines = 1;
            for (List<String> cell : cells) {
                lines = Math.max(lines, cell.size());
            }
            return lines * TABLE_LEADING + 2 * CELL_PAD;
        }

        private void row(float[] widths, List<List<String>> cells, boolean header) throws IOException {
            float height = rowHeight(cells);
            need(height);
            float top = y;
            if (header) {
                cs.setNonStrokingColor(HEADER_FILL[0], HEADER_FILL[1], HEADER_FILL[2]);
                cs.addRect(LEFT, top - height, WIDTH, height);
                cs.fill();
            }
            float x = LEFT;
            for (int i = 0; i < cells.size(); i++) {
                float ly = top - CELL_PAD - TABLE_SIZE;
                for (String line : cells.get(i)) {
                    if (header) {
                        strong(TABLE_SIZE, BLACK, x + CELL_PAD, ly, line);
                    } else {
                        text(TABLE_SIZE, BLACK, x + CELL_PAD, ly, line);
                    }
                    ly -= TABLE_LEADING;
                }
                x += widths[i];
            }
            cs.setStrokingColor(0.4f, 0.4f, 0.4f);
            cs.setLineWidth(0.5f);
            cs.addRect(LEFT, top - height, WIDTH, height);
            x = LEFT;
            for (int i = 0; i < widths.length - 1; i++) {
                x += widths[i];
                cs.moveTo(x, top);
                cs.lineTo(x, top - height);
            }
            cs.stroke();
            y = top - height;
        }

        // --- text --------------------------------------------------------------------------------------------

        private void text(float size, float[] colour, float x, float baseline, String text) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setNonStrokingColor(colour[0], colour[1], colour[2]);
            cs.newLineAtOffset(x, baseline);
            show(size, text);
            cs.endText();
        }

        /** Text in the fonts that show it, each run going on where the one before ended. */
        private void show(float size, String text) throws IOException {
            for (EmbeddedFonts.Run run : fonts.runs(text)) {
                cs.setFont(run.font(), size);
                cs.showText(run.text());
            }
        }

        /**
         * Bold text: the regular font filled and outlined in the same colour. One typeface embedded instead of two
         * halves the per-letter font work, and headings look as bold as a bold cut would make them.
         */
        private void strong(float size, float[] colour, float x, float baseline, String text) throws IOException {
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

        /**
         * The width of text in the letter's font. Line breaking measures the same characters and words over and
         * over, and PDFBox encodes a string anew for each measure, so the widths at size 1,000 are kept per letter.
         */
        private float width(String text, float size) {
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
         * Text as the font can show it: characters the typeface lacks (emoji, rare ideographs outside its
         * repertoire) become □ rather than failing the letter, and control characters become spaces.
         */
        private String safe(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (glyph(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('□');
                }
            });
            return out.toString();
        }

        private boolean glyph(int codePoint) {
            return typeface.shows(codePoint);
        }
    }
}
