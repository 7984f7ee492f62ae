package cn.kaifeng.tfs.account.infra;

import cn.kaifeng.tfs.account.domain.StoredPassword;
import cn.kaifeng.tfs.account.domain.Username;
import cn.kaifeng.tfs.account.service.PasswordHasher;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.jboss.logging.Logger;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Lets Jakarta Security check a username and password against the application's Elytron security domain
 * (the jdbc-realm over our user table, config/server/security.cli). The realm is the one place that knows how
 * passwords are verified and which roles a user has; this class only translates between the two APIs.
 *
 * <p>A name with no account costs the same work and gets the same answer as a wrong password: the guess is
 * verified against a bcrypt hash of a random password made at start, so the answer's time does not tell which
 * names are accounts.
 */
@ApplicationScoped
public class ElytronIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(ElytronIdentityStore.class);

    @Inject
    private PasswordHasher hasher;

    /** A hash no password matches, verified against for names without an account; made once per node. */
    private StoredPassword nobody;

    @PostConstruct
    void makeNobody() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        nobody = hasher.hash(Base64.getEncoder().encodeToString(random));
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username;
        try {
            username = Username.normalise(given.getCaller());
        } catch (DomainException malformed) {
            // not a name any account can have (a bank system's client id among them): no account to check
            return CredentialValidationResult.INVALID_RESULT;
        }
        String guess = given.getPassword() == null
                ? ""
                : new String(given.getPassword().getValue());
        try {
            ServerAuthenticationContext check = SecurityDomain.getCurrent().createNewAuthenticationContext();
            check.setAuthenticationName(username);
            if (!check.exists()) {
                hasher.matches(guess, nobody); // the work a wrong password costs; the result is always no
                check.fail();
                return CredentialValidationResult.INVALID_RESULT;
            }
            if (!check.verifyEvidence(
                            new PasswordGuessEvidence(given.getPassword().getValue()))
                    || !check.authorize()) {
                check.fail();
                return CredentialValidationResult.INVALID_RESULT;
            }
            check.succeed();
            SecurityIdentity identity = check.getAuthorizedIdentity();
            Set<String> roles = new HashSet<>();
            identity.getRoles().forEach(roles::add);
            return new CredentialValidationResult(username, roles);
        } catch (SecurityException refused) {
            return CredentialValidationResult.INVALID_RESULT;
        } catch (RealmUnavailableException e) {
            // the database is down: log the cause, the user only learns that login failed
            LOG.warnf("Login could not be checked, the user store is unavailable: %s", e.getMessage());
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
    }
}
