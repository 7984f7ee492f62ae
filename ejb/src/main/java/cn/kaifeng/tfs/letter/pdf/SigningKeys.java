package cn.kaifeng.tfs.letter.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** The bureau's signing key: read from a PKCS#12 keystore, or made up for a demo and said to be so. */
public final class SigningKeys {

    private SigningKeys() {}

    /** The key entry named {@code alias}, or the keystore's only key entry when no alias is given. */
    public static LetterSigner fromKeyStore(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String chosen = alias;
            if (chosen == null || chosen.isBlank()) {
                List<String> keys = new ArrayList<>();
                for (String a : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(a)) {
                        keys.add(a);
                    }
                }
                if (keys.size() != 1) {
                    throw new IllegalStateException("the keystore " + file + " holds " + keys.size()
                            + " keys; name the one to sign letters with");
                }
                chosen = keys.get(0);
            }
            if (!store.isKeyEntry(chosen)) {
                throw new IllegalStateException("the keystore " + file + " has no key named " + chosen);
            }
            PrivateKey key = (PrivateKey) store.getKey(chosen, password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : store.getCertificateChain(chosen)) {
                chain.add((X509Certificate) c);
            }
            return new LetterSigner(key, chain);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the signing keystore " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A throwaway self-signed key for demos and tests, written as a PKCS#12 keystore so that a restarted demo signs
     * with the same key. Its name says it is for demonstration only, so that no letter signed with it passes for
     * the bureau's.
     */
    public static void createThrowaway(Path file, char[] password) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "CN")
                    .addRDN(BCStyle.ST, "河南省")
                    .addRDN(BCStyle.L, "开封市")
                    .addRDN(BCStyle.O, "开封市财政局（演示）")
                    .addRDN(BCStyle.CN, "演示用临时签名证书 Demo signing key - not valid for real letters")
                    .build();
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    new BigInteger(64, new SecureRandom()),
                    // valid from a year and a month back: the demo seeds letters dated on its simulated past year
                    Date.from(now.minus(Duration.ofDays(400))),
                    Date.from(now.plus(Duration.ofDays(3650))),
                    name,
                    pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));

            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("letters", pair.getPrivate(), password, new Certificate[] {certificate});
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "signing", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create a demo signing key: " + e.getMessage(), e);
        }
    }
}
