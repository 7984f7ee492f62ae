package cn.kaifeng.tfs.bank.domain;

import cn.kaifeng.tfs.shared.domain.Sha256;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A bank system's API credentials: a client id (e.g. {@code BC-7K2M9X4DQAPW}) and a 256-bit random secret, sent
 * with HTTP Basic as OAuth clients do (RFC 6749 §2.3.1). Only the secret's SHA-256 is stored: a slow password hash
 * protects guessable secrets, and this one cannot be guessed, while it is checked on every request.
 *
 * <p>The id is upper case with a hyphen after "BC"; user names are stored lower case, so the two never collide in
 * the realm that authenticates both.
 */
public final class ClientCredentials {

    private static final Pattern CLIENT_ID = Pattern.compile("BC-[A-Z2-7]{12}");
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the administrator is shown once, and never again. */
    public record Issued(String clientId, String secret) {}

    private ClientCredentials() {}

    public static Issued generate() {
        StringBuilder id = new StringBuilder("BC-");
        for (int i = 0; i < 12; i++) {
            id.append(BASE32.charAt(RANDOM.nextInt(BASE32.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new Issued(id.toString(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    public static boolean isClientId(String name) {
        return name != null && CLIENT_ID.matcher(name).matches();
    }

    /** Hex SHA-256 of the secret's UTF-8 bytes: what the realm's simple-digest mapper compares with. */
    public static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
