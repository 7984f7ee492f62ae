package cn.kaifeng.tfs.shared.infra;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The key personal data is encrypted with. It comes from the environment: {@code TFS_PII_KEY} (32 bytes, Base64;
 * the same on every cluster node) and, after a key change, {@code TFS_PII_OLD_KEYS} (comma-separated) so rows
 * written before still read. Without it a demo server ({@code TFS_DEMO=true}) makes a throwaway key in its data
 * directory and says so; any other server refuses to start rather than store ID numbers in clear.
 */
@ApplicationScoped
public class PersonalDataKeys {

    static final String KEY = "TFS_PII_KEY";
    static final String OLD_KEYS = "TFS_PII_OLD_KEYS";
    private static final String DEMO_KEY_FILE = "tfs-demo-personal-data.key";
    private static final Logger LOG = Logger.getLogger(PersonalDataKeys.class);

    private PersonalDataCipher cipher;

    @PostConstruct
    void load() {
        String configured = System.getenv(KEY);
        List<byte[]> older = new ArrayList<>();
        String old = System.getenv(OLD_KEYS);
        if (old != null && !old.isBlank()) {
            for (String k : old.split(",")) {
                older.add(decode(OLD_KEYS, k.strip()));
            }
        }
        if (configured != null && !configured.isBlank()) {
            cipher = new PersonalDataCipher(decode(KEY, configured.strip()), older);
            return;
        }
        if (!"true".equalsIgnoreCase(System.getenv("TFS_DEMO"))) {
            throw new IllegalStateException("Set " + KEY + " (32 random bytes, Base64) to store personal data");
        }
        cipher = new PersonalDataCipher(decode(DEMO_KEY_FILE, demoKey()), older);
    }

    private static String demoKey() {
        Path file = Paths.get(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")))
                .resolve(DEMO_KEY_FILE);
        try {
            try {
                Files.writeString(
                        file, PersonalDataCipher.newKey(), StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
            } catch (java.nio.file.FileAlreadyExistsException kept) {
                // a restart keeps the key, so what was stored stays readable
            }
            LOG.warnf("DEMO: personal data is encrypted with a throwaway key (%s). Set %s in production.", file, KEY);
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] decode(String source, String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            // the message names the variable, never the value
            throw new IllegalStateException(source + " is not Base64", e);
        }
    }

    public PersonalDataCipher cipher() {
        return cipher;
    }
}
