package cn.kaifeng.tfs.letter.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.Queue;
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
 * threads; it keeps only the compressed colour profile and a pool of XMP serialisers.
 */
final class PdfA {

    /** The sRGB colour profile, compressed once: every letter embeds the same bytes. */
    private final byte[] srgbProfileDeflated;

    /**
     * Serialising XMP needs XML factories that are costly to look up and not safe to share, so serialisers are
     * pooled: a letter borrows one and gives it back (no thread-locals, which would outlive a redeployment).
     */
    private final Queue<XmpSerializer> xmpSerializers = new ConcurrentLinkedQueue<>();

    PdfA() {
        this.srgbProfileDeflated =
                deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
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
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xml.toByteArray());
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
