package cn.kaifeng.tfs.letter.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.CollectionStore;

/**
 * Signs letters with the bureau's key: a detached CMS signature (adbe.pkcs7.detached, as PDF/A-2 allows) over the
 * byte ranges PDFBox hands over, carrying the certificate chain so that any reader can check it. Stateless apart
 * from the key, so one signer serves every thread.
 */
public final class LetterSigner implements SignatureInterface {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String algorithm;
    /** The chain as Bouncy Castle carries it, decoded once rather than for every letter. */
    private final List<X509CertificateHolder> holders;
    /** Makes a new digest for each use, so it serves every thread. */
    private final DigestCalculatorProvider digests;

    public LetterSigner(PrivateKey key, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
        this.key = key;
        this.chain = List.copyOf(chain);
        this.algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("unsupported signing key type " + key.getAlgorithm());
        };
        try {
            List<X509CertificateHolder> decoded = new ArrayList<>();
            for (X509Certificate c : this.chain) {
                decoded.add(new JcaX509CertificateHolder(c));
            }
            this.holders = List.copyOf(decoded);
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
        } catch (CertificateEncodingException | OperatorCreationException e) {
            throw new IllegalArgumentException("cannot use the signing certificate: " + e.getMessage(), e);
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * Room to reserve in the file for the signature: the certificates it carries, the signature value (up to a
     * 4096-bit key) and the CMS structure around them, with a margin. Reserving no more than needed keeps letters
     * small; reserving too little would fail every letter, so the margin is generous.
     */
    int reservedSize() {
        int certificates = 0;
        for (X509Certificate c : chain) {
            try {
                certificates += c.getEncoded().length;
            } catch (CertificateEncodingException e) {
                certificates += 2048;
            }
        }
        return certificates + 512 + 2048;
    }

    /**
     * Signs a PDF: the signature is added as an incremental update (PDFBox signs only files it has read), with the
     * room it needs reserved, so that its byte ranges cover the whole file but the signature itself.
     *
     * @param reason what is signed; letters put their number here, which verification reads back
     */
    public byte[] signPdf(byte[] unsigned, String signerName, String reason, Calendar signedAt) throws IOException {
        try (PDDocument doc = Loader.loadPDF(unsigned)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(signerName);
            signature.setLocation("开封");
            signature.setReason(reason);
            signature.setSignDate(signedAt);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(reservedSize());
                doc.addSignature(signature, this, options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(unsigned.length + reservedSize() * 2 + 4096);
                doc.saveIncremental(out);
                return out.toByteArray();
            }
        }
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        try {
            // the JDK's own providers do the cryptography; Bouncy Castle only builds the CMS structure
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests).build(signer, holders.get(0)));
            generator.addCertificates(new CollectionStore<>(holders));
            return generator
                    .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded();
        } catch (OperatorCreationException | CMSException e) {
            throw new IOException("cannot sign the letter: " + e.getMessage(), e);
        }
    }
}
