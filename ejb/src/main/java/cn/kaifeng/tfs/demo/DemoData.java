package cn.kaifeng.tfs.demo;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.bank.domain.ClientCredentials;
import cn.kaifeng.tfs.bank.domain.EligibilityJudge;
import cn.kaifeng.tfs.bank.service.BankClientService;
import cn.kaifeng.tfs.bank.service.ConsentService;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.organisation.service.OrganisationService;
import cn.kaifeng.tfs.shared.domain.SimulatedClock;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Loads demo-data.json through the same services real users go through, so demo accounts are hashed and
 * validated like any other. Idempotent: what exists already is left alone, so restarts keep demo work.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /** Set to "true" by the demo run (run-demo.sh) and the test server; absent in production. */
    static final String SWITCH = "TFS_DEMO";

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccountService accounts;

    @Inject
    private cn.kaifeng.tfs.review.service.ExpertPoolService expertPool;

    @Inject
    private BankClientService bankClients;

    @Inject
    private ConsentService consents;

    @Inject
    private cn.kaifeng.tfs.budget.service.BudgetService budgets;

    public record DemoOrganisation(String key, OrganisationKind kind, String name, String creditCode) {}

    /** An account; experts also have an employer and technology fields (for panels). */
    public record DemoAccount(
            String username,
            String displayName,
            Role role,
            String organisation,
            String employer,
            List<String> techFields) {}

    /** A bank system's credentials with a published secret, so the curl examples of docs/features.md work on the demo. */
    public record DemoBankClient(String bank, String clientId, String secret, String label, int perMinute) {}

    /** A program's budget for the whole of the year the demo runs in (扶持资金预算), in yuan. */
    public record DemoBudget(String program, java.math.BigDecimal yuan) {}

    /** An enterprise's authorisation of a bank, for this many months from the day the demo starts. */
    public record DemoConsent(String enterprise, String bank, int months) {}

    /**
     * A server that is not a demo refuses to start while the demo's accounts or bank clients can log in: their
     * password and secret are published (this file, the README, docs/features.md). They can be left disabled and revoked (their records
     * may be referred to by audit and cases), never usable. The exception fails the deployment, with its message in
     * the server log.
     */
    private void refuseDemoCredentials(Content content) {
        List<String> found = new ArrayList<>(em.createQuery(
                        "SELECT u.username FROM UserAccount u WHERE u.enabled = true AND u.username IN :names"
                                + " ORDER BY u.username",
                        String.class)
                .setParameter(
                        "names",
                        content.accounts().stream().map(DemoAccount::username).toList())
                .getResultList());
        found.addAll(em.createQuery(
                        "SELECT c.clientId FROM BankClient c WHERE c.revokedAt IS NULL AND c.clientId IN :ids"
                                + " ORDER BY c.clientId",
                        String.class)
                .setParameter(
                        "ids",
                        content.bankClients().stream()
                                .map(DemoBankClient::clientId)
                                .toList())
                .getResultList());
        if (!found.isEmpty()) {
            throw new IllegalStateException("Refusing to start: this database holds the demo's accounts or bank"
                    + " clients, whose password and secret are published (" + String.join(", ", found) + "), and "
                    + SWITCH + " is not true. Disable those accounts and revoke those clients (docs/security.md,"
                    + " 'Demo accounts never reach production'), or set " + SWITCH
                    + "=true on a demonstration server.");
        }
    }

    public record Content(
            String comment,
            String password,
            List<DemoOrganisation> organisations,
            List<DemoAccount> accounts,
            List<DemoBankClient> bankClients,
            List<DemoConsent> consents,
            List<DemoBudget> budgets) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private java.time.Clock clock;

    @Inject
    private cn.kaifeng.tfs.shared.infra.Clocks clocks;

    @PostConstruct
    void load() {
        Content content = read();
        if (!"true".equalsIgnoreCase(System.getenv(SWITCH))) {
            refuseDemoCredentials(content);
            return;
        }
        // with the year (DemoYear), the demo's own organisations and accounts date from the year's first day
        var year = DemoYear.on() ? clocks.simulated() : java.util.Optional.<SimulatedClock>empty();
        year.ifPresent(c -> c.moveTo(DemoYear.firstDay(java.time.Instant.now())));
        try {
            loadDemo(content);
        } finally {
            year.ifPresent(SimulatedClock::returnToNow);
        }
    }

    private void loadDemo(Content content) {
        Map<String, DemoOrganisation> byKey = new HashMap<>();
        content.organisations().forEach(o -> byKey.put(o.key(), o));
        int created = 0;
        for (DemoAccount a : content.accounts()) {
            if (accounts.findByUsername(a.username()).isPresent()) {
                continue;
            }
            DemoOrganisation o = a.organisation() == null ? null : byKey.get(a.organisation());
            if (a.role() == Role.APPLICANT) {
                // demo organisations are verified: their codes are the demo's own, given here as an administrator
                // would give a bank's (a talent team without a code has nothing to verify)
                Organisation organisation = o.creditCode() == null
                        ? organisations.register(o.kind(), o.name(), false, null, a.username())
                        : persisted(o);
                accounts.createAccount(
                        "demo-data",
                        new AccountService.NewAccount(
                                a.username(), a.displayName(), a.role(), organisation.id(), content.password()));
            } else {
                Long organisationId = o == null ? null : persisted(o).id();
                accounts.createAccount(
                        "demo-data",
                        new AccountService.NewAccount(
                                a.username(), a.displayName(), a.role(), organisationId, content.password()));
                if (a.role() == Role.EXPERT) {
                    expertPool.saveProfile("demo-data", a.username(), a.employer(), a.techFields());
                }
            }
            created++;
        }
        for (DemoBankClient c : content.bankClients()) {
            bankClients.registerDemo(
                    persisted(byKey.get(c.bank())).id(),
                    new ClientCredentials.Issued(c.clientId(), c.secret()),
                    c.label(),
                    c.perMinute());
        }
        for (DemoConsent c : content.consents()) {
            long enterprise = persisted(byKey.get(c.enterprise())).id();
            long bank = persisted(byKey.get(c.bank())).id();
            if (consents.of(enterprise).isEmpty()) { // once: a demo user who revokes it keeps it revoked
                consents.grant(
                        enterprise,
                        bank,
                        LocalDate.now(clock.withZone(EligibilityJudge.ZONE)).plusMonths(c.months()),
                        "demo-data");
            }
        }
        int year = LocalDate.now(clock.withZone(EligibilityJudge.ZONE)).getYear();
        for (DemoBudget b : content.budgets() == null ? List.<DemoBudget>of() : content.budgets()) {
            budgets.seedDemo(b.program(), year, b.yuan());
        }
        LOG.infof(
                "Demo data loaded: %d of %d demo accounts created now",
                created, content.accounts().size());
    }

    private Organisation persisted(DemoOrganisation o) {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(o.creditCode());
        return organisations.findByCreditCode(code).orElseGet(() -> organisations.create(o.kind(), o.name(), code));
    }

    private static Content read() {
        try (InputStream in = DemoData.class.getResourceAsStream("demo-data.json");
                Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(in, Content.class);
        } catch (Exception e) {
            throw new IllegalStateException("demo-data.json cannot be read", e);
        }
    }
}
