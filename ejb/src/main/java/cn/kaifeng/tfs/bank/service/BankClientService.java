package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.bank.domain.BankClient;
import cn.kaifeng.tfs.bank.domain.ClientCredentials;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Banks' API credentials, issued and revoked by administrators; each change audited, no secret ever logged. */
@ApplicationScoped
@Transactional
public class BankClientService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    /** A client as the administrator's list shows it. */
    public record View(BankClient client, String bankName) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<BankClientRevoked> revoked;

    /** Issues credentials; the secret in the result is shown once and is not stored anywhere. */
    public ClientCredentials.Issued issue(Long bankId, String label, Integer perMinute, String by) {
        if (bankId == null) {
            throw new DomainException("bank.consent.bankRequired");
        }
        Organisation bank = em.find(Organisation.class, bankId);
        if (bank == null || bank.kind() != OrganisationKind.BANK) {
            throw new DomainException("bank.consent.notABank");
        }
        ClientCredentials.Issued issued = ClientCredentials.generate();
        register(bank, issued, label, perMinute, by);
        return issued;
    }

    /** Demo data only: credentials whose secret is published in docs/features.md, so the curl examples work as shown. */
    public void registerDemo(long bankId, ClientCredentials.Issued known, String label, int perMinute) {
        if (em.createQuery("SELECT COUNT(c) FROM BankClient c WHERE c.clientId = :id", Long.class)
                        .setParameter("id", known.clientId())
                        .getSingleResult()
                == 0) {
            register(em.find(Organisation.class, bankId), known, label, perMinute, "demo-data");
        }
    }

    private void register(
            Organisation bank, ClientCredentials.Issued issued, String label, Integer perMinute, String by) {
        long bankId = bank.id();
        BankClient client = new BankClient(
                bankId,
                issued,
                label,
                perMinute == null ? BankClient.DEFAULT_PER_MINUTE : perMinute,
                by,
                clock.instant());
        em.persist(client);
        em.flush();
        audit.record(
                by,
                "BANK_CLIENT_ISSUED",
                "bank-client:" + client.clientId(),
                null,
                bank.name() + " / " + client.label() + " / " + client.requestsPerMinute() + " per minute");
    }

    public void revoke(long id, String by) {
        BankClient client = em.find(BankClient.class, id);
        if (client == null) {
            throw new DomainException("bank.client.notFound");
        }
        client.revoke(by, clock.instant());
        audit.record(by, "BANK_CLIENT_REVOKED", "bank-client:" + client.clientId(), "active", "revoked");
        revoked.fire(new BankClientRevoked(client.clientId()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<View> list() {
        return em
                .createQuery(
                        "SELECT c, o.name FROM BankClient c, Organisation o WHERE o.id = c.bankId"
                                + " ORDER BY c.issuedAt DESC, c.id DESC",
                        Object[].class)
                .getResultList()
                .stream()
                .map(r -> new View((BankClient) r[0], (String) r[1]))
                .toList();
    }
}
