package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.bank.domain.ClientCredentials;
import cn.kaifeng.tfs.bank.domain.QueryChannel;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Finds the bank behind an authenticated caller. Read on every request, never cached: a revoked client or an
 * officer moved to another organisation stops acting for the bank at once, on every node.
 */
@ApplicationScoped
public class BankCallers {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/TfsDS")
    private DataSource dataSource;

    /** The request attribute under which the authentication mechanism leaves the bank client it authenticated. */
    public static final String AUTHENTICATED = "tfs.bank.caller";

    /**
     * A bank system's credentials (HTTP Basic): the client id and its secret, checked against the stored SHA-256
     * in constant time. One indexed query per API call and no cache, so a revoked client is refused on its next
     * call on every node. Plain JDBC: a persistence context per call would cost more than the check itself.
     */
    public Optional<Caller> authenticate(String clientId, String secret) {
        if (!ClientCredentials.isClientId(clientId) || secret == null) {
            return Optional.empty();
        }
        byte[] presented = ClientCredentials.hash(secret).getBytes(StandardCharsets.US_ASCII);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT secret_sha256, bank_id, requests_per_minute"
                        + " FROM bank_client WHERE client_id = ? AND revoked_at IS NULL")) {
            s.setString(1, clientId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next() && MessageDigest.isEqual(r.getString(1).getBytes(StandardCharsets.US_ASCII), presented)) {
                    return Optional.of(new Caller(r.getLong(2), clientId, QueryChannel.API, r.getInt(3)));
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the bank client could not be read: " + e.getMessage(), e);
        }
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
