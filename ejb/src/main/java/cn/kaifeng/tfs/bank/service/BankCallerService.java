package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.bank.domain.ClientCredentials;
import cn.kaifeng.tfs.bank.domain.QueryChannel;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Finds the bank behind an authenticated caller. An officer's bank is read on every request, so an officer moved to
 * another organisation stops acting for the bank at once, on every node. A bank system's credentials are confirmed
 * by the database at most once a second per client and node ({@link CheckedClients}): a revoked client is refused
 * at once on the node that revoked it and within a second on every other.
 */
@ApplicationScoped
public class BankCallerService {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/TfsDS")
    private DataSource dataSource;

    /** The request attribute under which the authentication mechanism leaves the bank client it authenticated. */
    public static final String AUTHENTICATED = "tfs.bank.caller";

    /**
     * How long a confirmation of a client's credentials stands on this node: the longest a revoked client may still
     * be let in by another node of a cluster. Long enough that a busy client costs one query a second.
     */
    static final Duration CONFIRMATION_TTL = Duration.ofSeconds(1);

    private final CheckedClients checked = new CheckedClients(CONFIRMATION_TTL, System::nanoTime);

    /**
     * A bank system's credentials (HTTP Basic): the client id and its secret, checked against the stored SHA-256
     * in constant time, by one indexed query unless this node confirmed the same credentials within the last
     * {@link #CONFIRMATION_TTL}. Wrong credentials are always checked against the database. Plain JDBC: a
     * persistence context per call would cost more than the check itself.
     */
    public Optional<Caller> authenticate(String clientId, String secret) {
        if (!ClientCredentials.isClientId(clientId) || secret == null) {
            return Optional.empty();
        }
        byte[] presented = ClientCredentials.hash(secret).getBytes(StandardCharsets.US_ASCII);
        Optional<Caller> recent = checked.recent(clientId, presented);
        if (recent.isPresent()) {
            return recent;
        }
        long asked = checked.now();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT secret_sha256, bank_id, requests_per_minute"
                        + " FROM bank_client WHERE client_id = ? AND revoked_at IS NULL")) {
            s.setString(1, clientId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next() && MessageDigest.isEqual(r.getString(1).getBytes(StandardCharsets.US_ASCII), presented)) {
                    Caller caller = new Caller(r.getLong(2), clientId, QueryChannel.API, r.getInt(3));
                    // dated from before the query: a revocation that commits meanwhile is at most a TTL old when
                    // this confirmation runs out
                    checked.confirmed(clientId, presented, caller, asked);
                    return Optional.of(caller);
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the bank client could not be read: " + e.getMessage(), e);
        }
    }

    /** This node stops trusting a revoked client's credentials at once, not when their confirmation lapses. */
    void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) BankClientRevoked revoked) {
        checked.forget(revoked.clientId());
    }

    /**
     * The bank an officer (a user account of a bank) acts for; empty for anyone else. Bank systems are found by
     * {@link #authenticate} on each call, never here.
     */
    public Optional<Caller> of(String principal, QueryChannel channelForOfficers) {
        if (principal == null) {
            return Optional.empty();
        }
        List<Long> banks = em.createQuery(
                        "SELECT o.id FROM UserAccount u JOIN u.organisation o"
                                + " WHERE u.username = :name AND o.kind = :bank",
                        Long.class)
                .setParameter("name", principal)
                .setParameter("bank", OrganisationKind.BANK)
                .getResultList();
        return banks.stream()
                .findFirst()
                .map(id -> new Caller(id, principal, channelForOfficers, Caller.OFFICER_PER_MINUTE));
    }
}
