package cn.kaifeng.tfs.bench;

import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.letter.pdf.LetterSigner;
import cn.kaifeng.tfs.letter.pdf.VerificationQr;
import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.type.PdfVersionEnum;

/**
 * The decision letter made with JasperReports 6 instead of our renderer, for {@link LetterBenchmark}: the report
 * {@code jasper/letter.jrxml} (same A4 layout, texts, tables, seal ring and footer, in Noto Sans SC through the font
 * extension {@code jasper/fonts.xml}: the same TrueType files, embedded as Identity-H subsets) is compiled once; each
 * letter is filled, exported to PDF by Jasper's OpenPDF exporter and then signed exactly as {@code LetterRenderer}
 * signs: same {@link LetterSigner}, PDFBox incremental save, same signature dictionary and size.
 *
 * <p>What still differs, none of it in our favour for speed: Jasper's file is plain PDF 1.7, not PDF/A-2u (no XMP
 * metadata, no output intent; Jasper 6 can only claim PDF/A-1 through OpenPDF) and carries only the document
 * information dictionary. Its QR code is an image of one pixel per module, encoded by zxing as ours is (Jasper's own
 * QR component needs Barcode4J, left out here), where ours draws vector squares. It does not replace characters the
 * font lacks (the sample letters have none). Its line breaker lets closing punctuation such as ： and ” start a
 * line, which ours forbids, so the two letters do not break lines at quite the same places.
 */
final class JasperLetters {

    private static final String REPORT = "/cn/kaifeng/tfs/bench/jasper/letter.jrxml";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String INDENT = "\u3000\u3000";

    private final JasperReport report;

    /** Compiles the report (its expressions with the Eclipse compiler); done once, like parsing our fonts. */
    JasperLetters() {
        try (InputStream jrxml = JasperLetters.class.getResourceAsStream(REPORT)) {
            if (jrxml == null) {
                throw new IllegalStateException(REPORT + " is not on the class path");
            }
            this.report = JasperCompileManager.compileReport(jrxml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("cannot compile " + REPORT + ": " + e.getMessage(), e);
        }
    }

    /** The letter as a signed PDF: fill, export, sign. */
    byte[] render(LetterContent letter, LetterSigner signer) {
        try {
            JasperPrint print = JasperFillManager.fillReport(report, parameters(letter), new Rows(rows(letter)));
            return signer.signPdf(export(print, letter), letter.issuer(), letter.number(), beijingNow());
        } catch (JRException e) {
            throw new IllegalStateException("cannot make letter " + letter.number() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign letter " + letter.number(), e);
        }
    }

    private static Map<String, Object> parameters(LetterContent letter) {
        Map<String, Object> p = new HashMap<>();
        p.put("ISSUER", letter.issuer());
        p.put("NUMBER", letter.number());
        p.put("TITLE", letter.title());
        p.put("ISSUED_ON", letter.issuedOnInWords());
        p.put("VERIFICATION_CODE", letter.verificationCode());
        p.put("VERIFICATION_URL", letter.verificationUrl());
        p.put("SIGNED_NOTE", "本文书由" + letter.issuer() + "数字签名。扫描二维码或访问上述网址可核验其真实性与是否有效。");
        p.put("QR", qr(letter.verificationUrl()));
        return p;
    }

    /** The verification address as our renderer encodes it (the same QR code), as an image of a pixel a module. */
    private static BufferedImage qr(String url) {
        BitMatrix matrix = VerificationQr.encode(url);
        int n = matrix.getWidth();
        BufferedImage image = new BufferedImage(n, n, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }

    /** The letter's flowing parts in order, as our renderer lays them out: {section, kind, c1, c2, c3}. */
    static List<String[]> rows(LetterContent letter) {
        List<String[]> rows = new ArrayList<>();
        String addressee = letter.addressee()
                + (letter.creditCode() == null ? "" : "（统一社会信用代码：" + letter.creditCode() + "）") + "：";
        rows.add(new String[] {"body", "P", addressee, null, null});
        for (String paragraph : letter.body()) {
            rows.add(new String[] {"body", "P", INDENT + paragraph, null, null});
        }
        for (LetterContent.Fact fact : letter.facts()) {
            rows.add(new String[] {"facts", "F", fact.label(), fact.value(), null});
        }
        for (LetterContent.ScoreRow score : letter.scores()) {
            rows.add(new String[] {"scores", "S", score.criterion(), score.points(), score.max()});
        }
        if (!letter.scores().isEmpty() && letter.totalLine() != null) {
            rows.add(new String[] {"notes", "T", letter.totalLine(), null, null});
        }
        if (letter.passRule() != null) {
            rows.add(new String[] {"notes", "T", letter.passRule(), null, null});
        }
        if (!letter.clauses().isEmpty()) {
            String basis = INDENT + "政策依据：" + String.join("；", letter.clauses()) + "。";
            rows.add(new String[] {"notes", "P", basis, null, null});
        }
        if (letter.appealRoute() != null) {
            rows.add(new String[] {"notes", "P", INDENT + "复核途径：" + letter.appealRoute(), null, null});
        }
        return rows;
    }

    private static byte[] export(JasperPrint print, LetterContent letter) throws JRException {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setPdfVersion(PdfVersionEnum.VERSION_1_7);
        configuration.setMetadataTitle(letter.title());
        configuration.setMetadataAuthor(letter.issuer());
        configuration.setMetadataSubject(letter.number());
        configuration.setMetadataKeywords(letter.number());
        configuration.setMetadataCreator("TFS letter benchmark (JasperReports)");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return out.toByteArray();
    }

    private static Calendar beijingNow() {
        GregorianCalendar calendar =
                GregorianCalendar.from(ZonedDateTime.now(BEIJING).withNano(0));
        calendar.setTimeZone(TimeZone.getTimeZone(BEIJING));
        return calendar;
    }

    /** The rows as Jasper reads them: no reflection, as cheap as a data source can be. */
    private static final class Rows implements JRDataSource {
        private final List<String[]> rows;
        private int at = -1;

        Rows(List<String[]> rows) {
            this.rows = rows;
        }

        @Override
        public boolean next() {
            return ++at < rows.size();
        }

        @Override
        public Object getFieldValue(JRField field) {
            String[] row = rows.get(at);
            return switch (field.getName()) {
                case "section" -> row[0];
                case "kind" -> row[1];
                case "c1" -> row[2];
                case "c2" -> row[3];
                case "c3" -> row[4];
                default -> throw new IllegalArgumentException("no field " + field.getName());
            };
        }
    }
}
