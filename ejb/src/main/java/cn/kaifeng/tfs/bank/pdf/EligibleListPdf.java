package cn.kaifeng.tfs.bank.pdf;

import cn.kaifeng.tfs.shared.typeset.LetterFonts;
import cn.kaifeng.tfs.shared.typeset.Table;
import cn.kaifeng.tfs.shared.typeset.Typesetter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The eligible list (名单) as a PDF for banks that cannot integrate: landscape A4, a title naming program, version
 * and publication, then a table that continues over as many pages as it needs, its header repeated on each, and
 * "page n of m" at the foot. Unsigned here; the caller signs it with the bureau's key.
 */
public final class EligibleListPdf {

    /** What the title block says. */
    public record Heading(String title, String subtitle, String issuer) {}

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40;
    /** Rows stop 20 points above the margin, leaving the foot to the page number. */
    private static final Typesetter.Frame FRAME =
            new Typesetter.Frame(PAGE, MARGIN, PAGE.getWidth() - MARGIN, PAGE.getHeight() - MARGIN, MARGIN + 20);

    private static final float SIZE = 9;

    /** Column widths in points; they add up to the page width within the margins. */
    static final float[] WIDTHS = {32, 200, 118, 86, 130, 92, 104};

    static final String[] HEADER = {"序号", "企业名称", "统一社会信用代码", "核定支持金额（元）", "决定书文号", "验证码", "有效期"};

    private static final float[] HEADER_FILL = {0.9f, 0.9f, 0.9f};
    private static final Table TABLE = new Table(WIDTHS, SIZE, 12, 4, HEADER_FILL, false, Typesetter.BLACK);

    private final LetterFonts fonts;

    public EligibleListPdf(LetterFonts fonts) {
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
            Typesetter page = new Typesetter(doc, fonts.embed(doc, all.toString()), FRAME);
            title(page, heading);
            TABLE.set(page, HEADER, rows);
            if (rows.isEmpty()) {
                line(page, "本版名单无条目。", MARGIN, SIZE);
            }
            page.footers((number, pages) -> {
                String text = Typesetter.pageOf(number, pages);
                page.text(8, Typesetter.BLACK, (PAGE.getWidth() - page.width(text, 8)) / 2, MARGIN / 2, text);
            });
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

    private static void title(Typesetter page, Heading heading) throws IOException {
        float size = 16;
        String title = page.printable(heading.title());
        line(page, title, (PAGE.getWidth() - page.width(title, size)) / 2, size);
        page.down(6);
        line(page, heading.subtitle(), MARGIN, 10);
        line(page, heading.issuer(), MARGIN, 10);
        page.down(4);
    }

    /** One line of text at {@code x}, its baseline 1.4 times its size below the one before. */
    private static void line(Typesetter page, String text, float x, float size) throws IOException {
        page.down(size * 1.4f);
        page.text(size, Typesetter.BLACK, x, page.y(), page.printable(text));
    }
}
