package cn.kaifeng.tfs.account.service;

import cn.kaifeng.tfs.account.domain.StoredPassword;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;

/**
 * Hashes passwords with bcrypt through Elytron's own password factory, so the stored form is exactly what the
 * server's jdbc-realm verifies at login (config/server/security.cli); we never hand-roll the algorithm.
 */
@ApplicationScoped
public class PasswordHasher {

    /** bcrypt cost 10 (2^10 rounds; its time per hash is in docs/performance.md): raise it here, old hashes keep their own. */
    public static final int COST = 10;

    private final SecureRandom random = new SecureRandom();

    public StoredPassword hash(String password) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        random.nextBytes(salt);
        try {
            PasswordFactory factory = factory();
            BCryptPassword bcrypt = (BCryptPassword) factory.generatePassword(new EncryptablePasswordSpec(
                    password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            Base64.Encoder base64 = Base64.getEncoder();
            return new StoredPassword(
                    base64.encodeToString(bcrypt.getHash()),
                    base64.encodeToString(bcrypt.getSalt()),
                    bcrypt.getIterationCount());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available from Elytron", e);
        }
    }

    /** Verifies a guess against a stored hash the same way the realm does; used by tests and password change. */
    public boolean matches(String guess, StoredPassword stored) {
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            BCryptPassword bcrypt = (BCryptPassword) factory()
                    .generatePassword(new org.wildfly.security.password.spec.IteratedSaltedHashPasswordSpec(
                            base64.decode(stored.hash()), base64.decode(stored.salt()), stored.cost()));
            return factory().verify(bcrypt, guess.toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available from Elytron", e);
        }
    }

    private static PasswordFactory factory() throws GeneralSecurityException {
        return PasswordFactory.getInstance(
                BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
    }
}
