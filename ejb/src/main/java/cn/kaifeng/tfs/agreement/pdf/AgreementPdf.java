package cn.kaifeng.tfs.agreement.pdf;

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
 * The agreement (任务书) as a PDF: portrait A4, a title, the award's facts, the performance targets and the tranches
 * as tables that continue over pages, the reporting schedule, the obligations, and the verification code with the
 * address of the public verification page; "page n of m" at the foot. The number is the document's keywords and
 * (once signed) the signature's reason, which is what verification reads from an altered copy.
 */
public final class AgreementPdf {

    /** What the document says, composed by the service in Chinese (official documents are issued in Chinese). */
    public record Content(
            String title,
            String number,
            String issuer,
            List<String[]> facts,
            List<String[]> indicators,
            List<String[]> tranches,
            String reporting,
            List<String> obligations,
            String budgetLine,
            String closing,
            String verification) {}

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final Typesetter.Frame FRAME =
            new Typesetter.Frame(PAGE, MARGIN, PAGE.getWidth() - MARGIN, PAGE.getHeight() - MARGIN, MARGIN + 20);
    private static final float SIZE = 10.5f;
    private static final float LEADING = 17;
    private static final float[] GREY = {0.9f, 0.9f, 0.9f};

    static final String[] INDICATOR_HEADER = {"序号", "类别", "绩效指标", "目标值", "单位", "方向"};
    private static final Table INDICATORS =
            new Table(new float[] {32, 56, 175, 90, 60, 70}, 9.5f, 13, 4, GREY, false, Typesetter.BLACK);
    static final String[] TRANCHE_HEADER = {"笔次", "比例", "金额（元）", "拨付条件"};
    private static final Table TRANCHES =
            new Table(new float[] {40, 60, 140, 243}, 9.5f, 13, 4, GREY, false, Typesetter.BLACK);
    private static final Table FACTS = new Table(new float[] {120, 363}, SIZE, 15, 4, GREY, false, Typesetter.BLACK);

    private final LetterFonts fonts;

    public AgreementPdf(LetterFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(Content c) {
        StringBuilder all = new StringBuilder("一二三四五六、：；。第页共")
                .append(c.title())
                .append(c.number())
                .append(c.issuer())
                .append(c.reporting())
                .append(c.budgetLine())
                .append(c.closing())
                .append(c.verification());
        for (String h : INDICATOR_HEADER) {
            all.append(h);
        }
        for (String h : TRANCHE_HEADER) {
            all.append(h);
        }
        for (List<String[]> rows : List.of(c.facts(), c.indicators(), c.tranches())) {
            rows.forEach(r -> {
                for (String cell : r) {
                    all.append(cell);
                }
            });
        }
        c.obligations().forEach(all::append);
        all.append("绩效目标资金拨付报告安排受扶持单位的义务预算科目");
        try (PDDocument doc = new PDDocument()) {
            Typesetter page = new Typesetter(doc, fonts.embed(doc, all.toString()), FRAME);
            String title = page.printable(c.title());
            page.down(20 * 1.4f);
            page.strong(20, Typesetter.BLACK, page.centred(title, 20), page.y(), title);
            String number = page.printable(c.number());
            page.down(SIZE * 2);
            page.text(SIZE, Typesetter.BLACK, page.centred(number, SIZE), page.y(), number);
            page.down(12);
            FACTS.set(page, null, c.facts());
            heading(page, "一、绩效目标");
            INDICATORS.set(page, INDICATOR_HEADER, c.indicators());
            heading(page, "二、资金拨付");
            TRANCHES.set(page, TRANCHE_HEADER, c.tranches());
            page.paragraph(c.budgetLine(), SIZE, LEADING, 0);
            heading(page, "三、报告安排");
            page.paragraph(c.reporting(), SIZE, LEADING, 0);
            heading(page, "四、受扶持单位的义务");
            for (int i = 0; i < c.obligations().size(); i++) {
                page.paragraph((i + 1) + ". " + c.obligations().get(i), SIZE, LEADING, 0);
            }
            page.down(10);
            page.paragraph(c.closing(), SIZE, LEADING, 0);
            page.paragraph(c.verification(), SIZE, LEADING, 0);
            page.footers((n, pages) -> {
                String text = Typesetter.pageOf(n, pages);
                page.text(8, Typesetter.BLACK, (PAGE.getWidth() - page.width(text, 8)) / 2, MARGIN / 2, text);
            });
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(c.title());
            info.setAuthor(c.issuer());
            info.setKeywords(c.number());
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(Typesetter page, String text) throws IOException {
        page.need(SIZE * 4);
        page.down(SIZE * 2);
        page.strong(12, Typesetter.BLACK, MARGIN, page.y(), page.printable(text));
        page.down(6);
    }
}
