package cn.kaifeng.tfs.letter.pdf;

import cn.kaifeng.tfs.shared.pdf.BoundedPdf;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * Checks a PDF's signature the way a reader does: the CMS signature over the signed byte ranges must verify with
 * the certificate it carries, and those ranges must cover the whole file but the signature itself, so that
 * nothing was appended after signing. Whether the signer is the bureau is a separate question (the certificate).
 * The file is read within {@link BoundedPdf}'s limits, as any file checked here may come from outside.
 */
public final class SignatureCheck {

    /** What a file's signature says. {@code signer} is null when the file carries no signature. */
    public record Result(boolean signed, boolean valid, boolean coversWholeFile, X509Certificate signer) {

        public boolean intact() {
            return signed && valid && coversWholeFile;
        }
    }

    private static final Result UNSIGNED = new Result(false, false, false, null);

    /** How many signatures PDFBox finds, and the byte range, contents and signed bytes of the only one. */
    private record Signatures(int count, int[] byteRange, byte[] contents, byte[] signedContent) {}

    private SignatureCheck() {}

    public static Result of(byte[] pdf) {
        try {
            // only bytes are taken from the document: the CMS work below runs after PDFBox is done with the file
            Signatures read = BoundedPdf.read(pdf, (doc, guard) -> {
                List<PDSignature> all = doc.getSignatureDictionaries();
                if (all.size() != 1) {
                    return new Signatures(all.size(), null, null, null);
                }
                PDSignature only = all.get(0);
                return new Signatures(1, only.getByteRange(), only.getContents(pdf), only.getSignedContent(pdf));
            });
            if (read.count() != 1) {
                // a letter has exactly one signature; a second one was added by someone else
                return read.count() == 0 ? UNSIGNED : new Result(true, false, false, null);
            }
            int[] range = read.byteRange();
            boolean whole = range.length == 4
                    && range[0] == 0
                    && range[1] > 0
                    && range[2] > range[1]
                    && (long) range[2] + range[3] == pdf.length;
            byte[] contents = read.contents();
            byte[] signed = read.signedContent();
            // /Contents is padded with zeros after the DER structure: read exactly one object from it
            ContentInfo contentInfo;
            try (ASN1InputStream der = new ASN1InputStream(contents)) {
                contentInfo = ContentInfo.getInstance(der.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contentInfo);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new Result(true, false, whole, null);
            }
            SignerInformation info = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches =
                    cms.getCertificates().getMatches((Selector<X509CertificateHolder>) info.getSID());
            if (matches.isEmpty()) {
                return new Result(true, false, whole, null);
            }
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(matches.iterator().next());
            boolean valid;
            try {
                valid = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            } catch (CMSException digestMismatch) {
                // the signed bytes were changed after signing
                valid = false;
            }
            return new Result(true, valid, whole, certificate);
        } catch (IOException | CMSException | CertificateException | OperatorCreationException | RuntimeException e) {
            // not a PDF, a damaged one, or a signature that does not parse: in every case not a genuine letter
            return new Result(false, false, false, null);
        }
    }
}
