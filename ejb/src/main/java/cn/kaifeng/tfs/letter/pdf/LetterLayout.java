package cn.kaifeng.tfs.letter.pdf;

import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.shared.typeset.LetterFonts;
import cn.kaifeng.tfs.shared.typeset.Table;
import cn.kaifeng.tfs.shared.typeset.Typesetter;
import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A letter on A4 like an official document: red issuer header and rule, number, title, addressee, body, summary and
 * score tables, policy basis, appeal route, issuer and date over a seal area, and on every page a footer with the
 * verification code, the verification address and its QR code. Where each part goes is decided here; the text is set
 * by the {@link Typesetter}.
 */
final class LetterLayout {

    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 26 * MM;
    private static final float RIGHT = PDRectangle.A4.getWidth() - 26 * MM;
    private static final float WIDTH = RIGHT - LEFT;
    /** Body text stops 40 mm above the foot; the footer with the QR code lives below. */
    private static final Typesetter.Frame FRAME =
            new Typesetter.Frame(PDRectangle.A4, LEFT, RIGHT, PDRectangle.A4.getHeight() - 22 * MM, 40 * MM);

    private static final float BODY_SIZE = 12f;
    private static final float BODY_LEADING = BODY_SIZE * 1.75f;
    private static final float TABLE_SIZE = 10.5f;
    private static final float TABLE_LEADING = TABLE_SIZE * 1.5f;
    private static final float FOOTER_SIZE = 8.5f;
    private static final float QR_SIZE = 22 * MM;

    /** 中国红 for the header and the seal, dark enough to print and read. */
    private static final float[] RED = {0.78f, 0.06f, 0.06f};

    private static final float[] BLACK = Typesetter.BLACK;
    private static final float[] GREY = {0.35f, 0.35f, 0.35f};
    private static final float[] HEADER_FILL = {0.93f, 0.93f, 0.93f};
    private static final float[] RULES = {0.4f, 0.4f, 0.4f};

    private static final Table FACTS = table(new float[] {WIDTH * 0.26f, WIDTH * 0.74f});
    private static final Table SCORES = table(new float[] {WIDTH * 0.64f, WIDTH * 0.14f, WIDTH * 0.22f});

    private static final String INDENT = "\u3000\u3000";

    /**
     * Every character the layout prints of its own, besides the letter's text and ASCII: a letter's font is cut to
     * these and the letter's characters ({@link LetterFonts#embed}), so a new word printed here belongs here.
     */
    private static final String PRINTED =
            INDENT + "（统一社会信用代码：）评分明细项得满政策依据；。复核途径电子签名验证核网址本文书由数字扫描二维" + "或访问上述可其真实性与是否有效第页共";

    private final Typesetter page;

    private LetterLayout(Typesetter page) {
        this.page = page;
    }

    /** Sets the whole letter on new pages of {@code doc}. */
    static void setLetter(PDDocument doc, LetterFonts fonts, LetterContent letter) throws IOException {
        LetterLayout layout = new LetterLayout(
                new Typesetter(doc, fonts.embed(doc, letter.programText() + PRINTED, letter.text()), FRAME));
        layout.header(letter);
        layout.body(letter);
        layout.closing(letter);
        layout.footers(letter);
    }

    private static Table table(float[] widths) {
        return new Table(widths, TABLE_SIZE, TABLE_LEADING, 4f, HEADER_FILL, true, RULES);
    }

    private void header(LetterContent letter) throws IOException {
        String issuer = page.printable(letter.issuer());
        // the header is one line: a long issuer name is set smaller rather than wrapped
        float size = Math.min(26f, 26f * WIDTH / page.width(issuer, 26f));
        page.strong(size, RED, page.centred(issuer, size), page.y() - size, issuer);
        page.down(size + 10);
        page.text(BODY_SIZE, BLACK, page.centred(letter.number(), BODY_SIZE), page.y() - BODY_SIZE, letter.number());
        page.down(BODY_SIZE + 8);
        PDPageContentStream cs = page.canvas();
        cs.setStrokingColor(RED[0], RED[1], RED[2]);
        cs.setLineWidth(1.6f);
        cs.moveTo(LEFT, page.y());
        cs.lineTo(RIGHT, page.y());
        cs.stroke();
        page.down(28);
        float titleSize = 18f;
        for (String line : page.lines(letter.title(), WIDTH, titleSize)) {
            page.need(titleSize * 1.5f);
            page.strong(titleSize, BLACK, page.centred(line, titleSize), page.y() - titleSize, line);
            page.down(titleSize * 1.5f);
        }
        page.down(10);
    }

    private void body(LetterContent letter) throws IOException {
        String addressee = letter.addressee()
                + (letter.creditCode() == null ? "" : "（统一社会信用代码：" + letter.creditCode() + "）") + "：";
        page.paragraph(addressee, BODY_SIZE, BODY_LEADING, 0);
        for (String p : letter.body()) {
            paragraph(p);
        }
        page.down(6);
        FACTS.set(
                page,
                null,
                letter.facts().stream()
                        .map(f -> new String[] {f.label(), f.value()})
                        .toList());
        page.down(8);
        if (!letter.scores().isEmpty()) {
            page.down(6);
            page.need(BODY_LEADING * 2);
            page.strong(BODY_SIZE, BLACK, LEFT, page.y() - BODY_SIZE, "评分明细");
            page.down(BODY_LEADING);
            List<String[]> rows = letter.scores().stream()
                    .map(r -> new String[] {r.criterion(), r.points(), r.max()})
                    .toList();
            SCORES.set(page, new String[] {"评分项", "得分", "满分"}, rows);
            page.down(8);
            if (letter.totalLine() != null) {
                small(letter.totalLine());
            }
        }
        if (letter.passRule() != null) {
            small(letter.passRule());
        }
        if (!letter.clauses().isEmpty()) {
            page.down(4);
            paragraph("政策依据：" + String.join("；", letter.clauses()) + "。");
        }
        if (letter.appealRoute() != null) {
            paragraph("复核途径：" + letter.appealRoute());
        }
    }

    /** A paragraph of the body, its first line indented by two characters. */
    private void paragraph(String text) throws IOException {
        page.paragraph(INDENT + text, BODY_SIZE, BODY_LEADING, 0);
    }

    /** A note under a table, in the table's size. */
    private void small(String text) throws IOException {
        page.paragraph(text, TABLE_SIZE, TABLE_LEADING, 2);
        page.down(4);
    }

    /** Issuer and date at the right, over the seal area; kept together on one page. */
    private void closing(LetterContent letter) throws IOException {
        page.need(BODY_LEADING * 2 + 70);
        page.down(30);
        String issuer = page.printable(letter.issuer());
        String date = letter.issuedOnInWords();
        float blockWidth = Math.max(page.width(issuer, BODY_SIZE), page.width(date, BODY_SIZE));
        float x = RIGHT - blockWidth - 2 * BODY_SIZE;
        float y = page.y();
        page.text(BODY_SIZE, BLACK, x + (blockWidth - page.width(issuer, BODY_SIZE)) / 2, y - BODY_SIZE, issuer);
        page.text(
                BODY_SIZE,
                BLACK,
                x + (blockWidth - page.width(date, BODY_SIZE)) / 2,
                y - BODY_SIZE - BODY_LEADING,
                date);
        seal(x + blockWidth / 2, y - BODY_LEADING / 2 - BODY_SIZE / 2);
        page.down(BODY_LEADING * 2 + 40);
    }

    /**
     * The seal area: where a paper letter is stamped, a red ring marks that this one is signed digitally. It says so
     * in words, so that nobody mistakes the drawing for a seal.
     */
    private void seal(float cx, float cy) throws IOException {
        float r = 40f;
        PDPageContentStream cs = page.canvas();
        cs.setStrokingColor(RED[0], RED[1], RED[2]);
        cs.setLineWidth(2f);
        circle(cs, cx, cy, r);
        cs.stroke();
        cs.setLineWidth(0.8f);
        circle(cs, cx, cy, r - 4);
        cs.stroke();
        String label = "电子签名";
        page.text(7f, RED, cx - page.width(label, 7f) / 2, cy - r + 9f, label);
    }

    private static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    /** Footers on every page: verification code and address, the QR code, and the page count. */
    private void footers(LetterContent letter) throws IOException {
        BitMatrix qr = VerificationQr.encode(letter.verificationUrl());
        String signed = "本文书由" + page.printable(letter.issuer()) + "数字签名。扫描二维码或访问上述网址可核验其真实性与是否有效。";
        page.footers((number, pages) -> {
            float base = 16 * MM;
            VerificationQr.draw(page.canvas(), qr, LEFT, base, QR_SIZE);
            float tx = LEFT + QR_SIZE + 10;
            float line = FOOTER_SIZE * 1.6f;
            float top = base + QR_SIZE - FOOTER_SIZE;
            page.strong(FOOTER_SIZE + 1, BLACK, tx, top, "验证码：" + letter.verificationCode());
            page.text(FOOTER_SIZE, GREY, tx, top - line, "核验网址：" + letter.verificationUrl());
            page.text(FOOTER_SIZE, GREY, tx, top - 2 * line, signed);
            page.text(FOOTER_SIZE, GREY, tx, top - 3 * line, letter.number());
            String pageNo = Typesetter.pageOf(number, pages);
            page.text(FOOTER_SIZE, GREY, RIGHT - page.width(pageNo, FOOTER_SIZE), base, pageNo);
        });
    }
}
