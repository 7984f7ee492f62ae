package cn.kaifeng.tfs.letter.service;

import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.letter.pdf.LetterRenderer;
import cn.kaifeng.tfs.letter.pdf.LetterSigner;
import cn.kaifeng.tfs.letter.pdf.SigningKeys;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.typeset.LetterFonts;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jboss.logging.Logger;

/**
 * Prints letters: lays them out and signs them with the bureau's key. The fonts are parsed and the key is read
 * once per server, on the first letter.
 *
 * <p>The key comes from the environment: {@code TFS_LETTER_KEYSTORE} (a PKCS#12 file, the same on every cluster
 * node), {@code TFS_LETTER_KEYSTORE_PASSWORD} and, if the keystore holds several keys, {@code TFS_LETTER_KEY_ALIAS}.
 * Without them a demo server ({@code TFS_DEMO=true}) makes a throwaway self-signed key in its data directory and
 * says so in its log; any other server refuses to issue letters rather than sign them with a key nobody knows.
 */
@ApplicationScoped
public class LetterPress {

    @jakarta.inject.Inject
    private java.time.Clock clock;

    static final String KEYSTORE = "TFS_LETTER_KEYSTORE";
    static final String PASSWORD = "TFS_LETTER_KEYSTORE_PASSWORD";
    static final String ALIAS = "TFS_LETTER_KEY_ALIAS";
    static final String DEMO_KEYSTORE = "letter-signing-demo.p12";
    private static final char[] DEMO_PASSWORD = "demo-only".toCharArray();

    private static final Logger LOG = Logger.getLogger(LetterPress.class);

    private volatile LetterRenderer renderer;
    private volatile LetterSigner signer;

    public byte[] print(LetterContent letter) {
        return renderer().render(letter, signer());
    }

    LetterRenderer renderer() {
        LetterRenderer r = renderer;
        if (r == null) {
            synchronized (this) {
                if (renderer == null) {
                    renderer = new LetterRenderer(new LetterFonts(), clock);
                }
                r = renderer;
            }
        }
        return r;
    }

    LetterSigner signer() {
        LetterSigner s = signer;
        if (s == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = loadSigner();
                }
                s = signer;
            }
        }
        return s;
    }

    /**
     * Signs another document of the bureau's (a published eligible list) with the letters' key, so a bank checks
     * it the same way.
     */
    public byte[] sign(byte[] unsignedPdf, String signerName, String reason) {
        try {
            return signer().signPdf(unsignedPdf, signerName, reason, LetterRenderer.beijingNow(clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The letters' font, parsed once per JVM, for other documents set in it. */
    public LetterFonts fonts() {
        return renderer().fonts();
    }

    /** Whether letters can be signed now; refuses with the reason for the user when they cannot. */
    public void requireSigningKey() {
        signer();
    }

    private static LetterSigner loadSigner() {
        String keystore = System.getenv(KEYSTORE);
        if (keystore != null && !keystore.isBlank()) {
            String password = System.getenv(PASSWORD);
            try {
                LetterSigner loaded = SigningKeys.fromKeyStore(
                        Path.of(keystore),
                        password == null ? new char[0] : password.toCharArray(),
                        System.getenv(ALIAS));
                LOG.infof(
                        "Letters are signed by %s",
                        loaded.certificate().getSubjectX500Principal().getName());
                return loaded;
            } catch (IllegalStateException | IllegalArgumentException e) {
                // a wrong path, password or alias: the log says which; the user is told letters cannot be signed
                LOG.errorf("The signing keystore %s cannot be used: %s", keystore, e.getMessage());
                throw new DomainException("letter.noSigningKey");
            }
        }
        if (!"true".equalsIgnoreCase(System.getenv("TFS_DEMO"))) {
            LOG.errorf("No signing key: set %s and %s to issue decision letters", KEYSTORE, PASSWORD);
            throw new DomainException("letter.noSigningKey");
        }
        Path file = Paths.get(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")))
                .resolve(DEMO_KEYSTORE);
        synchronized (LetterPress.class) {
            if (!Files.exists(file)) {
                SigningKeys.createThrowaway(file, DEMO_PASSWORD);
            }
        }
        LOG.warnf(
                "DEMO: decision letters are signed with a throwaway self-signed key (%s), not the bureau's. "
                        + "Set %s and %s for real letters.",
                file, KEYSTORE, PASSWORD);
        return SigningKeys.fromKeyStore(file, DEMO_PASSWORD, null);
    }
}
