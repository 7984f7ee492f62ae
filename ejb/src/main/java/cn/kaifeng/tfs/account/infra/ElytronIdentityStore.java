package cn.kaifeng.tfs.account.infra;

import cn.kaifeng.tfs.account.domain.Username;
import cn.kaifeng.tfs.bank.domain.ClientCredentials;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Set;
import org.jboss.logging.Logger;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Lets Jakarta Security check a username and password against the application's Elytron security domain
 * (the jdbc-realm over our user table, config/server/security.cli). The realm is the one place that knows how
 * passwords are verified and which roles a user has; this class only translates between the two APIs.
 */
@ApplicationScoped
public class ElytronIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(ElytronIdentityStore.class);

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (ClientCredentials.isClientId(given.getCaller())) {
            // a bank system's client id, never a user name: BankClientIdentityStore checks it
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username;
        try {
            username = Username.normalise(given.getCaller());
        } catch (DomainException malformed) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        try {
            SecurityIdentity identity = SecurityDomain.getCurrent()
                    .authenticate(
                            username,
                            new PasswordGuessEvidence(given.getPassword().getValue()));
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
