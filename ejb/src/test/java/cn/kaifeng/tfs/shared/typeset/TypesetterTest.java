package cn.kaifeng.tfs.shared.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typesetter on small pages (A6, so that pages break soon), read back: what it prints for characters the typeface
 * lacks, which font sets which character, where lines break, and how tables and paragraphs go on over pages.
 */
class TypesetterTest {

    /** A6 (298 by 420 points) with whole-point margins, so that the cursor's arithmetic is exact. */
    private static final Typesetter.Frame A6 = new Typesetter.Frame(PDRectangle.A6, 20, 277, 400, 40);

    private static final Table TABLE =
            new Table(new float[] {60, 197}, 9, 12, 4, new float[] {0.9f, 0.9f, 0.9f}, true, Typesetter.BLACK);

    private static LetterFonts fonts;

    @BeforeAll
    static void parseFontOnce() {
        fonts = new LetterFonts();
    }

    static Stream<Arguments> printable() {
        return Stream.of(
                Arguments.of("开封示例科技有限公司", "开封示例科技有限公司"),
                Arguments.of("KF-RC-2026-00042 ¥1,200,000.00", "KF-RC-2026-00042 ¥1,200,000.00"),
                Arguments.of("开封😀示例", "开封□示例"),
                Arguments.of("元宇宙\u0007科技\t有限公司", "元宇宙 科技 有限公司"),
                Arguments.of("张㛃", "张㛃"),
                Arguments.of(null, ""));
    }

    @ParameterizedTest
    @MethodSource
    void printable(String text, String printed) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            assertEquals(printed, new Typesetter(doc, fonts.embed(doc, "开封"), A6).printable(text));
        }
    }

    /** A character the program's base font lacks is set in the letter's own font, the rest in the base. */
    @Test
    void eachCharacterIsSetInTheFontThatHasIt() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            EmbeddedFonts set = fonts.embed(doc, "开封市财政局有限公司", "开封犇鑫有限公司");
            List<EmbeddedFonts.Run> runs = set.runs("开封犇鑫有限公司");
            assertEquals(
                    List.of("开封", "犇鑫", "有限公司"),
                    runs.stream().map(EmbeddedFonts.Run::text).toList());
            assertNotSame(runs.get(0).font(), runs.get(1).font());
            assertEquals(runs.get(0).font(), runs.get(2).font());
            float sum = 0;
            for (EmbeddedFonts.Run run : runs) {
                sum += run.font().getStringWidth(run.text());
            }
            assertEquals(sum, set.width("开封犇鑫有限公司"));
            assertEquals(1, set.runs("开封有限公司").size(), "nothing of the extra font where the base has all");
        }
        try (PDDocument doc = new PDDocument()) {
            assertEquals(1, fonts.embed(doc, "开封犇鑫").runs("开封犇鑫").size(), "a list is set in one font");
        }
    }

    @Test
    void mixedChineseAndLatinBreakBetweenCharactersButNotInsideWords() throws IOException {
        String text = "决定给予扶持资金人民币¥1,200,000.00元，申请编号KF-RC-2026-00042，核验网址"
                + "https://tfs.example.cn/public/verify.xhtml?code=7KQ2-M9XD-4HTP可核验真伪。";
        try (PDDocument doc = new PDDocument()) {
            Typesetter page = new Typesetter(doc, fonts.embed(doc, text), A6);
            List<String> lines = page.lines(text, 120, 10);
            assertTrue(lines.size() > 3, lines.toString());
            assertEquals(text, String.join("", lines));
            assertTrue(lines.stream().anyMatch(l -> l.contains("¥1,200,000.00")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("KF-RC-2026-00042")), lines.toString());
            for (String line : lines) {
                assertTrue(page.width(line, 10) <= 120, "too wide: " + line);
                assertFalse(line.startsWith("，") || line.startsWith("。"), "starts with closing punctuation: " + line);
            }
        }
    }

    /** A cell longer than its column is broken into lines, and the row is as high as its tallest cell. */
    @Test
    void aRowWiderThanItsColumnsBreaksAcrossLines() throws IOException {
        String name = "开封示例元宇宙科技有限公司第十二分公司（演示）开封示例元宇宙科技有限公司";
        String note = "核定支持金额800,000.00元，有效期2026-03-01至2027-02-28，" + "逾期未使用的额度自动失效".repeat(3);
        byte[] pdf = document(name + note, page -> {
            float top = page.y();
            TABLE.set(page, null, List.<String[]>of(new String[] {name, note}));
            int lines = Math.max(
                    page.lines(name, 60 - 8, 9).size(),
                    page.lines(note, 197 - 8, 9).size());
            assertTrue(page.lines(name, 60 - 8, 9).size() > 1, "the name is wider than its column");
            assertEquals(lines * 12 + 8, top - page.y(), 0.001f);
        });
        String text = text(pdf, 1).replaceAll("\\s", "");
        assertTrue(text.startsWith(name + note), "both cells whole, one after the other: " + text);
    }

    @Test
    void aTableLongerThanAPageGoesOnUnderItsHeaderWithPageNumbers() throws IOException {
        List<String[]> rows = new ArrayList<>();
        StringBuilder all = new StringBuilder("序号企业名称");
        for (int i = 1; i <= 40; i++) {
            rows.add(new String[] {String.valueOf(i), "开封示例科技有限公司第" + i + "分公司"});
            all.append("开封示例科技有限公司第分公司");
        }
        byte[] pdf = document(all.toString(), page -> TABLE.set(page, new String[] {"序号", "企业名称"}, rows));
        int pages = pages(pdf);
        assertTrue(pages >= 3, "pages: " + pages);
        StringBuilder read = new StringBuilder();
        for (int p = 1; p <= pages; p++) {
            String text = text(pdf, p).replaceAll("\\s", "");
            assertTrue(text.startsWith("序号企业名称"), "the header on page " + p + ": " + text);
            assertTrue(text.endsWith(Typesetter.pageOf(p, pages).replace(" ", "")), text);
            read.append(text);
        }
        for (int i = 1; i <= 40; i++) {
            assertTrue(read.toString().contains(i + "开封示例科技有限公司第" + i + "分公司"), "row " + i);
        }
    }

    @Test
    void aBlockThatDoesNotFitStartsANewPageAtTheTop() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Typesetter page = new Typesetter(doc, fonts.embed(doc, "开封"), A6);
            page.need(100);
            assertEquals(1, doc.getNumberOfPages());
            page.down(310);
            assertTrue(page.fits(50) && !page.fits(51));
            page.need(50);
            assertEquals(1, doc.getNumberOfPages(), "exactly fits");
            page.need(51);
            assertEquals(2, doc.getNumberOfPages());
            assertEquals(A6.top(), page.y());
        }
    }

    @Test
    void aLongParagraphRunsOverPagesWithoutLosingAWord() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            text.append("第").append(i).append("项：材料不符合要求（见附件").append(i).append("）；");
        }
        byte[] pdf = document(text.toString(), page -> page.paragraph(text.toString(), 10, 15, 0));
        assertTrue(pages(pdf) >= 2, "pages: " + pages(pdf));
        StringBuilder read = new StringBuilder();
        for (int p = 1; p <= pages(pdf); p++) {
            read.append(text(pdf, p).replaceAll("\\s", "").replaceFirst("第\\d+页共\\d+页$", ""));
        }
        assertEquals(text.toString(), read.toString());
    }

    @FunctionalInterface
    private interface Setting {
        void set(Typesetter page) throws IOException;
    }

    /** A document set on A6 pages in a cut of {@code characters}, numbered at the foot of each page. */
    private static byte[] document(String characters, Setting setting) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Typesetter page = new Typesetter(doc, fonts.embed(doc, characters + "第页共"), A6);
            setting.set(page);
            page.footers((n, of) -> page.text(8, Typesetter.BLACK, A6.left(), 20, Typesetter.pageOf(n, of)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static String text(byte[] pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc);
        }
    }
}
