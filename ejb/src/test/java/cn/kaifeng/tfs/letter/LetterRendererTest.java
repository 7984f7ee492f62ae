package cn.kaifeng.tfs.letter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.kaifeng.tfs.letter.domain.LetterComposer;
import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.letter.pdf.SignatureCheck;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Every letter read back: its words, fonts, PDF/A conformance, metadata, signature, picture and QR code. */
class LetterRendererTest {

    private static final Path OUT = Path.of("target", "letters");
    private static byte[] approval;
    private static byte[] rejection;

    @BeforeAll
    static void render() throws IOException {
        Files.createDirectories(OUT);
        approval = SampleLetters.signedApproval();
        rejection = SampleLetters.renderer()
                .render(
                        SampleLetters.content(
                                SampleLetters.rejection(SampleLetters.ORGANISATION, "项目与元宇宙重点领域关联度不足；专家评审总分低于通过标准。")),
                        SampleLetters.signer());
        Files.write(OUT.resolve("approval.pdf"), approval);
        Files.write(OUT.resolve("rejection.pdf"), rejection);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The text without line breaks and spaces, so that sentences wrapped over lines can be found whole. */
    static String flat(byte[] pdf) throws IOException {
        return text(pdf).replaceAll("\\s", "");
    }

    @Test
    void approvalSaysWhatWasDecided() throws IOException {
        String text = flat(approval);
        for (String expected : List.of(
                "开封市财政局",
                "汴财扶团〔2026〕0042号",
                "关于元宇宙人才团队成果转化扶持的决定书",
                "开封示例元宇宙科技有限公司（统一社会信用代码：91410200MA45DE001J）：",
                "经形式审查、专家评审和公示，你单位申报的“元宇宙人才团队成果转化扶持”项目符合扶持条件，" + "决定给予扶持资金人民币壹佰贰拾万元整（¥1,200,000.00）。",
                "核定金额人民币壹佰贰拾万元整（¥1,200,000.00）",
                "申请编号KF-RC-2026-00042",
                "决定予以支持",
                "评分明细",
                "评分项得分满分",
                "通过标准：总分不低于",
                "政策依据：《开封市元宇宙产业发展行动计划（2023—2025年）》（汴政办〔2023〕16号）",
                // the documents are data: title and 文号 come from config/policy, an example says it is one
                "《开封市元宇宙产业扶持资金管理办法（示例）》（演示用示例文件，非正式文件）",
                "2026年11月21日",
                "验证码：7KQ2-M9XD-4HTP",
                "核验网址：https://tfs.example.cn/public/verify.xhtml?code=7KQ2-M9XD-4HTP")) {
            assertTrue(text.contains(expected.replaceAll("\\s", "")), () -> "missing «" + expected + "» in\n" + text);
        }
        assertFalse(text.contains("复核途径"), "an approval has no appeal route");
        LetterContent content = SampleLetters.content(SampleLetters.approval(SampleLetters.ORGANISATION, 42));
        for (LetterContent.ScoreRow row : content.scores()) {
            assertTrue(text.contains(row.criterion().replaceAll("\\s", "")), () -> "missing criterion " + row);
        }
        assertTrue(text.contains(content.totalLine().replaceAll("\\s", "")), content.totalLine());
    }

    @Test
    void rejectionGivesReasonsAndTheAppealRoute() throws IOException {
        String text = flat(rejection);
        assertTrue(text.contains("关于元宇宙人才团队成果转化扶持的审查结果通知书"), text);
        assertTrue(text.contains("原因如下：项目与元宇宙重点领域关联度不足；专家评审总分低于通过标准。"), text);
        assertTrue(text.contains("决定不予支持"), text);
        assertTrue(text.contains("复核途径：如对本决定有异议，可自收到本决定书之日起15个工作日内向开封市财政局书面申请复核；"), text);
        // besides the bureau's own review, the routes the law gives: 行政复议 (60 days) and 行政诉讼 (6 months)
        assertTrue(text.contains("60日内依法向开封市人民政府申请行政复议"), text);
        assertTrue(text.contains("6个月内依法向人民法院提起行政诉讼"), text);
        assertFalse(text.contains("核定金额"), "a rejection states no amount");
    }

    @Test
    void noLineStartsWithClosingPunctuation() throws IOException {
        for (byte[] pdf : List.of(approval, rejection)) {
            for (String line : text(pdf).split("\\R")) {
                String l = line.strip();
                assertFalse(
                        !l.isEmpty() && "，。、；：？！）》」』】〕〉”’".indexOf(l.charAt(0)) >= 0, "line starts with «" + l + "»");
                assertFalse(
                        !l.isEmpty() && "（《「『【〔〈“‘".indexOf(l.charAt(l.length() - 1)) >= 0,
                        "line ends with «" + l + "»");
            }
        }
    }

    @Test
    void theFontIsAnEmbeddedSubsetOfNotoSansSc() throws IOException {
        try (PDDocument doc = Loader.loadPDF(approval)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+NotoSansSC-Regular"), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts >= 1, "the program's base font at least, bold drawn from it");
        }
        assertTrue(approval.length < 400_000, "subsets, not the 10 MB fonts: " + approval.length + " bytes");
    }

    /**
     * Letters of one program share a base font cut to the program's own words; the characters of an addressee's
     * name the base lacks come in a font of that letter alone. So no letter carries glyphs of another's name.
     */
    @Test
    void theBaseFontIsTheProgramsAndHoldsNothingOfTheCase() throws IOException {
        byte[] first = SampleLetters.renderer()
                .render(SampleLetters.content(SampleLetters.approval("开封犇鑫数字科技有限公司", 51)), SampleLetters.signer());
        byte[] second = SampleLetters.renderer()
                .render(SampleLetters.content(SampleLetters.approval("开封淼焱数字科技有限公司", 52)), SampleLetters.signer());
        try (PDDocument one = Loader.loadPDF(first);
                PDDocument two = Loader.loadPDF(second)) {
            basesAreSharedAndOwnFontsNot(fonts(one), fonts(two));
        }
        assertTrue(flat(first).contains("开封犇鑫数字科技有限公司"), "a name set in two fonts reads back whole");
    }

    private static void basesAreSharedAndOwnFontsNot(Map<String, PDType0Font> a, Map<String, PDType0Font> b)
            throws IOException {
        List<String> shared = a.keySet().stream().filter(b::containsKey).toList();
        assertEquals(1, shared.size(), "one base font in both: " + a.keySet() + " " + b.keySet());
        PDType0Font base = a.get(shared.get(0));
        assertArrayEquals(
                fontProgram(base), fontProgram(b.get(shared.get(0))), "the same base font program in both letters");
        for (int cp : new int[] {'犇', '鑫', '淼', '焱'}) {
            assertFalse(shows(base, cp), "the base font shows nothing of a name: " + Character.toString(cp));
        }
        PDType0Font own = a.values().stream().filter(f -> f != base).findFirst().orElseThrow();
        assertTrue(shows(own, '犇') && shows(own, '鑫'), "the first letter's own font shows its name");
        assertFalse(shows(own, '淼') || shows(own, '焱'), "and nothing of the second letter's");
    }

    private static Map<String, PDType0Font> fonts(PDDocument doc) throws IOException {
        Map<String, PDType0Font> fonts = new HashMap<>();
        for (PDPage page : doc.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDType0Font font = (PDType0Font) page.getResources().getFont(name);
                fonts.putIfAbsent(font.getName(), font);
            }
        }
        return fonts;
    }

    private static byte[] fontProgram(PDType0Font font) throws IOException {
        return font.getDescendantFont().getFontDescriptor().getFontFile2().toByteArray();
    }

    private static boolean shows(PDType0Font font, int codePoint) throws IOException {
        return ((PDCIDFontType2) font.getDescendantFont())
                        .getTrueTypeFont()
                        .getUnicodeCmapLookup()
                        .getGlyphId(codePoint)
                > 0;
    }

    @Test
    void lettersArePdfA2u() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (byte[] pdf : List.of(approval, rejection)) {
            try (PDFAParser parser = Foundries.defaultInstance()
                            .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_U);
                    PDFAValidator validator =
                            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
                ValidationResult result = validator.validate(parser);
                List<String> failures = new ArrayList<>();
                for (TestAssertion a : result.getTestAssertions()) {
                    if (a.getStatus() == TestAssertion.Status.FAILED) {
                        failures.add(
                                a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                                        + " @ " + a.getLocation().getContext());
                    }
                }
                assertTrue(result.isCompliant(), () -> "not PDF/A-2u:\n" + String.join("\n", failures));
            }
        }
    }

    @Test
    void metadataNamesTitleIssuerAndNumber() throws Exception {
        try (PDDocument doc = Loader.loadPDF(approval)) {
            XMPMetadata xmp = new DomXmpParser()
                    .parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals("关于元宇宙人才团队成果转化扶持的决定书", xmp.getDublinCoreSchema().getTitle());
            assertEquals(List.of("开封市财政局"), xmp.getDublinCoreSchema().getCreators());
            assertEquals("汴财扶团〔2026〕0042号", xmp.getDublinCoreSchema().getIdentifier());
            assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("U", xmp.getPDFAIdentificationSchema().getConformance());
            assertEquals("汴财扶团〔2026〕0042号", doc.getDocumentInformation().getKeywords());
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void signatureCoversTheWholeFileAndAnyChangeBreaksIt() {
        SignatureCheck.Result result = SignatureCheck.of(approval);
        assertTrue(result.intact(), result.toString());
        assertTrue(result.signer().getSubjectX500Principal().getName().contains("Demo"), "the demo key says so");

        byte[] tampered = approval.clone();
        int at = indexOf(tampered, "Tj".getBytes(StandardCharsets.US_ASCII));
        tampered[at > 0 ? at - 2 : tampered.length / 3] ^= 0x01;
        assertFalse(SignatureCheck.of(tampered).intact(), "one changed byte");

        byte[] appended = new byte[approval.length + 20];
        System.arraycopy(approval, 0, appended, 0, approval.length);
        System.arraycopy("\n% appended later\n".getBytes(StandardCharsets.US_ASCII), 0, appended, approval.length, 18);
        SignatureCheck.Result extended = SignatureCheck.of(appended);
        assertFalse(extended.intact(), "bytes appended after signing");

        assertFalse(SignatureCheck.of("not a pdf".getBytes(StandardCharsets.US_ASCII))
                .signed());
    }

    /** poppler's pdfsig, an independent implementation (NSS), agrees; CI installs it, elsewhere it may be absent. */
    @Test
    void pdfsigAgrees() throws Exception {
        Path pdfsig = Path.of("/usr/bin/pdfsig");
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            assumeTrue(Files.isExecutable(pdfsig), "pdfsig (poppler-utils) is not installed");
        }
        Path good = OUT.resolve("approval.pdf");
        String report = run(pdfsig.toString(), good.toString());
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Total document signed"), report);

        byte[] tampered = approval.clone();
        tampered[tampered.length / 3] ^= 0x01;
        Path bad = OUT.resolve("approval-tampered.pdf");
        Files.write(bad, tampered);
        String badReport = run(pdfsig.toString(), bad.toString());
        assertFalse(badReport.contains("Signature is Valid."), badReport);
    }

    @Test
    void rendersAsAnOfficialLetterWithAReadableQrCode() throws Exception {
        try (PDDocument doc = Loader.loadPDF(approval)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            ImageIO.write(image, "png", OUT.resolve("approval-page1.png").toFile());
            ImageIO.write(
                    new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 100),
                    "png",
                    OUT.resolve("approval-last-page.png").toFile());
            // the red header: reddish pixels in the top eighth of the page
            int red = 0;
            for (int y = 0; y < image.getHeight() / 8; y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = rgb >> 16 & 0xff;
                    int g = rgb >> 8 & 0xff;
                    int b = rgb & 0xff;
                    if (r > 150 && g < 80 && b < 80) {
                        red++;
                    }
                }
            }
            assertTrue(red > 2000, "red header pixels: " + red);
            // the QR code sits in the footer's left corner: read it as a phone would, from that corner
            int size = image.getWidth() / 3;
            BufferedImage corner = image.getSubimage(0, image.getHeight() - size, size, size);
            ImageIO.write(corner, "png", OUT.resolve("approval-qr.png").toFile());
            int[] pixels = corner.getRGB(0, 0, size, size, null, 0, size);
            String decoded = new QRCodeReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
            assertEquals("https://tfs.example.cn/public/verify.xhtml?code=7KQ2-M9XD-4HTP", decoded);
        }
    }

    @Test
    void aLongLetterRunsOntoASecondPageAndOddCharactersDoNotFailIt() throws IOException {
        StringBuilder reasons = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            reasons.append("第").append(i).append("项：材料不符合要求（见附件").append(i).append("）；");
        }
        String organisation = "开封😀示例\u0007科技有限公司";
        byte[] pdf = SampleLetters.renderer()
                .render(
                        SampleLetters.content(SampleLetters.rejection(organisation, reasons.toString())),
                        SampleLetters.signer());
        Files.write(OUT.resolve("long.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
        }
        String text = flat(pdf);
        assertTrue(text.contains("第40项：材料不符合要求（见附件40）；"), text);
        assertTrue(text.contains("开封□示例科技有限公司"), "a character the font lacks becomes □: " + text);
        assertTrue(text.contains("第2页共"), text);
        assertTrue(SignatureCheck.of(pdf).intact());
    }

    /** One renderer and one parsed font serve many threads at once without mixing letters up. */
    @Test
    void rendersOnManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> letters = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                LetterComposer.Case c = SampleLetters.approval("并发测试单位" + i + "号有限公司", i + 1);
                letters.add(pool.submit(
                        () -> SampleLetters.renderer().render(SampleLetters.content(c), SampleLetters.signer())));
            }
            for (int i = 0; i < letters.size(); i++) {
                byte[] pdf = letters.get(i).get();
                String text = flat(pdf);
                assertTrue(text.contains("并发测试单位" + i + "号有限公司（"), "letter " + i + " names its addressee");
                assertTrue(text.contains(String.format("汴财扶团〔2026〕%04d号", i + 1)), "letter " + i + " has its number");
                assertTrue(SignatureCheck.of(pdf).intact(), "letter " + i + " is signed");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        assertNotNull(out);
        return out;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
