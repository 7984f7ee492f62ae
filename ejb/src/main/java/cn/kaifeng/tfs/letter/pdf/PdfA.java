package cn.kaifeng.tfs.letter.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Queue;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.Deflater;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.DateConverter;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes a letter PDF/A-2u besides its content: the identification and document information in XMP (title,
 * issuer, letter number), matching the Info dictionary, and the sRGB output intent. Shared by all letters and
 * threads; it keeps only the compressed colour profile, the XMP template and a pool of XMP serialisers.
 */
final class PdfA {

    private static final String MARK = "TFSXMP";
    private static final String TITLE_MARK = MARK + "TITLE";
    private static final String ISSUER_MARK = MARK + "ISSUER";
    private static final String NUMBER_MARK = MARK + "NUMBER";
    private static final String DATE_MARK = MARK + "DATE";

    /** The sRGB colour profile, compressed once: every letter embeds the same bytes. */
    private final byte[] srgbProfileDeflated;

    /**
     * Serialising XMP needs XML factories that are costly to look up and not safe to share, so serialisers are
     * pooled: a letter borrows one and gives it back (no thread-locals, which would outlive a redeployment).
     */
    private final Queue<XmpSerializer> xmpSerializers = new ConcurrentLinkedQueue<>();

    /**
     * A letter's XMP packet as xmpbox writes it, made once with markers in place of the letter's own values:
     * building and serialising the packet through xmpbox and the JDK's XML transformer took a tenth of a letter's
     * time, for a packet whose shape never changes.
     */
    private final String xmpTemplate;

    PdfA() {
        this.srgbProfileDeflated =
                deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        this.xmpTemplate = template();
    }

    /** PDF/A-2u identification, document information and the matching XMP, and the sRGB output intent. */
    void describe(PDDocument doc, String title, String issuer, String number, Calendar created) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(issuer);
        info.setSubject(number);
        info.setKeywords(number);
        info.setProducer(LetterRenderer.PRODUCER);
        info.setCreator(LetterRenderer.PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(packet(title, issuer, number, created));
        catalog.setMetadata(metadata);
        catalog.setLanguage("zh-CN");

        // the output intent as PDOutputIntent(doc, stream) makes it, but from the profile compressed once
        COSStream profile = doc.getDocument().createCOSStream();
        try (OutputStream raw = profile.createRawOutputStream()) {
            raw.write(srgbProfileDeflated);
        }
        profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        profile.setInt(COSName.N, 3);
        COSDictionary intentDictionary = new COSDictionary();
        intentDictionary.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
        intentDictionary.setItem(COSName.S, COSName.GTS_PDFA1);
        intentDictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        PDOutputIntent intent = new PDOutputIntent(intentDictionary);
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /**
     * The letter's XMP packet: the template with the letter's values in place of the markers, escaped as the XML
     * transformer escapes text. A value with a control character, which XML 1.0 cannot carry as it is, or with
     * what looks like a marker goes through xmpbox instead.
     */
    byte[] packet(String title, String issuer, String number, Calendar created) throws IOException {
        if (!plain(title) || !plain(issuer) || !plain(number)) {
            return xmp(title, issuer, number, created);
        }
        return xmpTemplate
                .replace(TITLE_MARK, escape(title))
                .replace(ISSUER_MARK, escape(issuer))
                .replace(NUMBER_MARK, escape(number))
                .replace(DATE_MARK, DateConverter.toISO8601(created))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The XMP packet as xmpbox builds and serialises it: title, issuer, letter number, dates, PDF/A-2u. */
    byte[] xmp(String title, String issuer, String number, Calendar created) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addCreator(issuer);
            dc.addDescription(null, number);
            dc.setIdentifier(number);
            dc.addLanguage("zh-CN");
            dc.setFormat("application/pdf");
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(LetterRenderer.PRODUCER);
            pdf.setKeywords(number);
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(LetterRenderer.PRODUCER);
            basic.setCreateDate(created);
            basic.setModifyDate(created);
            PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(2);
            pdfa.setConformance("U");
        } catch (BadFieldValueException e) {
            throw new IOException(e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream(4096);
        try {
            XmpSerializer serializer = xmpSerializers.poll();
            if (serializer == null) {
                serializer = new XmpSerializer();
            }
            serializer.serialize(xmp, xml, true);
            xmpSerializers.offer(serializer);
        } catch (TransformerException e) {
            throw new IOException("cannot write the letter's XMP metadata", e);
        }
        return xml.toByteArray();
    }

    /** The packet of a letter with marker values; the marker date is one no letter bears (3 Feb 1901). */
    private String template() {
        Calendar markDate = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        markDate.clear();
        markDate.set(1901, Calendar.FEBRUARY, 3, 4, 5, 6);
        try {
            String packet = new String(xmp(TITLE_MARK, ISSUER_MARK, NUMBER_MARK, markDate), StandardCharsets.UTF_8);
            String date = DateConverter.toISO8601(markDate);
            for (String mark : new String[] {TITLE_MARK, ISSUER_MARK, NUMBER_MARK, date}) {
                if (!packet.contains(mark)) {
                    throw new IllegalStateException("xmpbox did not write " + mark + " as given: " + packet);
                }
            }
            return packet.replace(date, DATE_MARK);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the letters' XMP template", e);
        }
    }

    private static boolean plain(String value) {
        return value.chars().allMatch(c -> c >= 0x20) && !value.contains(MARK);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
