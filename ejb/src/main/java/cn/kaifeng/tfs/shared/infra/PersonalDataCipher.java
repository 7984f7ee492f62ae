package cn.kaifeng.tfs.shared.infra;

import cn.kaifeng.tfs.shared.domain.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data (ID numbers) for storage with AES-256-GCM from the JDK. A stored value reads {@code
 * pd1:<key id>:<base64 of nonce and ciphertext>}: the key id (the first eight hex digits of the key's SHA-256) lets
 * a key be replaced while rows written under the old one stay readable, and the authentication tag makes any
 * change to a stored value fail loudly instead of decrypting to a wrong number. The purpose (which column) is
 * bound as associated data, so a value copied into another column does not decrypt there.
 */
public final class PersonalDataCipher {

    /** How every stored value begins, so that a query can tell encrypted values from clear ones. */
    public static final String PREFIX = "pd1:";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    /**
     * @param current the key new values are written with, 32 bytes
     * @param older keys that only read values written before the current key was set
     */
    public PersonalDataCipher(byte[] current, List<byte[]> older) {
        this.currentId = add(current);
        older.forEach(this::add);
    }

    private String add(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("a personal data key has 32 bytes, this one " + key.length);
        }
        String id = Sha256.hex(key).substring(0, 8);
        keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    public String encrypt(String purpose, String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain value; refuses a value that was changed, written for another purpose or under an unknown key. */
    public String decrypt(String purpose, String stored) {
        if (!stored.startsWith(PREFIX) || stored.length() < PREFIX.length() + 10) {
            throw new IllegalStateException("not an encrypted personal data value");
        }
        String id = stored.substring(PREFIX.length(), PREFIX.length() + 8);
        SecretKeySpec key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("personal data written under key " + id + ", which is not configured");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length() + 9));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("personal data value altered or not for " + purpose, e);
        }
    }

    /** Whether a stored value is encrypted (rather than, say, written by hand into the database). */
    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** A new random key, as the environment variable takes it. */
    public static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
