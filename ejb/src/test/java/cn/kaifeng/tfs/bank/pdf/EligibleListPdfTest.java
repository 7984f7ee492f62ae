package cn.kaifeng.tfs.bank.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.shared.typeset.LetterFonts;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The eligible list as a PDF, read back: its title, every row's text, and as many pages as the rows need. */
class EligibleListPdfTest {

    private static LetterFonts fonts;

    @BeforeAll
    static void parseFontOnce() {
        fonts = new LetterFonts();
    }

    private static String[] row(int n) {
        return new String[] {
            String.valueOf(n),
            "开封示例元宇宙科技有限公司第" + n + "分公司（演示）",
            "91410200MA45DE001J",
            "800,000.00",
            "汴财扶贷〔2026〕" + String.format("%04d", n) + "号",
            "7KQ2-M9XD-4HTP",
            "2026-03-01 至 2027-02-28"
        };
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aShortListIsOnePageWithTitleHeaderAndRows() throws Exception {
        byte[] pdf = new EligibleListPdf(fonts)
                .render(
                        new EligibleListPdf.Heading(
                                "元宇宙项目“信易贷”信贷支持 支持名单（第 3 版）", "名单编号 KF-XD-CREDIT-v3", "发布单位：开封市财政局"),
                        List.of(row(1), row(2)));
        String text = text(pdf).replaceAll("\\s", "");
        assertTrue(text.contains("支持名单（第3版）"), text);
        assertTrue(text.contains("统一社会信用代码"));
        assertTrue(text.contains("汴财扶贷〔2026〕0002号"), text);
        assertTrue(text.contains("第1页共1页"), text);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(
                    doc.getPage(0).getMediaBox().getWidth()
                            > doc.getPage(0).getMediaBox().getHeight(),
                    "landscape");
        }
    }

    @Test
    void aLongListContinuesOnNewPagesWithTheHeaderRepeated() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(row(i));
        }
        byte[] pdf =
                new EligibleListPdf(fonts).render(new EligibleListPdf.Heading("名单", "共 120 家", "发布单位：开封市财政局"), rows);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String last = stripper.getText(doc).replaceAll("\\s", "");
            assertTrue(last.contains("企业名称"), "the header on the last page too");
            assertTrue(last.contains("第" + pages + "页共" + pages + "页"), last);
        }
        String all = text(pdf).replaceAll("\\s", "");
        for (int i = 1; i <= 120; i++) {
            assertTrue(all.contains("第" + i + "分公司"), "row " + i);
        }
    }

    @Test
    void anEmptyListSaysSoAndCharactersTheFontLacksDoNotBreakIt() throws Exception {
        String empty = text(
                new EligibleListPdf(fonts).render(new EligibleListPdf.Heading("名单", "共 0 家", "开封市财政局"), List.of()));
        assertTrue(empty.contains("本版名单无条目"), empty);
        String[] odd = row(1);
        odd[1] = "元宇宙\u0007科技🚀有限公司";
        String text = text(new EligibleListPdf(fonts)
                .render(new EligibleListPdf.Heading("名单", "", "开封市财政局"), List.<String[]>of(odd)));
        assertTrue(text.replaceAll("\\s", "").contains("元宇宙科技□有限公司"), text);
    }
}
