package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.bank.domain.ClientCredentials;
import cn.kaifeng.tfs.bank.domain.QueryChannel;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Finds the bank behind an authenticated caller. Read on every request, never cached: a revoked client or an
 * officer moved to another organisation stops acting for the bank at once, on every node.
 */
@ApplicationScoped
public class BankCallers {

    @PersistenceContext
    private EntityManager em;

    /** Empty when the caller acts for no bank (or its client has been revoked since it authenticated). */
    public Optional<Caller> of(String principal, QueryChannel channelForOfficers) {
        if (principal == null) {
            return Optional.empty();
        }
        if (ClientCredentials.isClientId(principal)) {
            List<Object[]> rows = em.createQuery(
                            "SELECT c.bankId, c.requestsPerMinute FROM BankClient c"
                                    + " WHERE c.clientId = :id AND c.revokedAt IS NULL",
                            Object[].class)
                    .setParameter("id", principal)
                    .getResultList();
            return rows.stream()
                    .findFirst()
                    .map(r -> new Caller((Long) r[0], principal, QueryChannel.API, (Integer) r[1]));
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
