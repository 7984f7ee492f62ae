package cn.kaifeng.tfs.account.service;

import cn.kaifeng.tfs.account.domain.PasswordPolicy;
import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.domain.Username;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.organisation.service.OrganisationService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Creates accounts. Applicants register themselves together with their organisation; every other account is
 * created by an administrator for an organisation that already exists (or none, for an expert).
 */
@ApplicationScoped
@Transactional
public class AccountService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private OrganisationService organisations;

    @Inject
    private cn.kaifeng.tfs.audit.service.AuditLog audit;

    /**
     * An enterprise or talent team registering itself. A credit code, if given, is only claimed (see the
     * verification feature, which calls this and records the claim).
     */
    public record ApplicantRegistration(
            String username,
            String displayName,
            OrganisationKind organisationKind,
            String organisationName,
            String creditCode,
            String legalRepresentative,
            String password) {

        public boolean claimsCode() {
            return creditCode != null && !creditCode.isBlank();
        }
    }

    /** An account an administrator creates for a bureau, bank or expert user. */
    public record NewAccount(String username, String displayName, Role role, Long organisationId, String password) {}

    /** A colleague's account that a verified applicant organisation adds itself. */
    public record NewColleague(String username, String displayName, String password) {}

    /** The first account of a newly registered applicant organisation, whose code (if any) is still a claim. */
    public UserAccount registerApplicant(ApplicantRegistration registration) {
        if (registration.organisationKind() == null
                || !registration.organisationKind().isApplicant()) {
            throw new DomainException("registration.organisationKind");
        }
        String username = requireFreeUsername(registration.username());
        requireStrongPassword(registration.password(), username);
        Organisation organisation = organisations.register(
                registration.organisationKind(),
                registration.organisationName(),
                registration.claimsCode(),
                registration.legalRepresentative(),
                username);
        em.flush();
        audit.record(
                username,
                "ACCOUNT_REGISTERED",
                "account:" + username,
                null,
                "APPLICANT, organisation:" + organisation.id() + " " + registration.organisationKind());
        return persist(new UserAccount(
                username,
                registration.displayName(),
                EnumSet.of(Role.APPLICANT),
                organisation,
                hasher.hash(registration.password()),
                clock.instant()));
    }

    /**
     * An applicant ({@code by}) adds a colleague to its own organisation, which must have proven who it is: an
     * unverified claimant cannot multiply accounts in the name of an enterprise it may not be.
     */
    public UserAccount addColleague(String by, NewColleague colleague) {
        Organisation organisation = applicantOrganisationOf(by);
        organisation.requireIdentityProven();
        String username = requireFreeUsername(colleague.username());
        requireStrongPassword(colleague.password(), username);
        audit.record(
                by,
                "ACCOUNT_CREATED",
                "account:" + username,
                null,
                "APPLICANT colleague, organisation:" + organisation.id());
        return persist(new UserAccount(
                username,
                colleague.displayName(),
                EnumSet.of(Role.APPLICANT),
                organisation,
                hasher.hash(colleague.password()),
                clock.instant()));
    }

    /** The accounts of the caller's applicant organisation, the caller's own included. */
    public List<UserAccount> colleaguesOf(String username) {
        Organisation organisation = applicantOrganisationOf(username);
        return em.createQuery(
                        "SELECT u FROM UserAccount u WHERE u.organisation = :organisation ORDER BY u.createdAt, u.id",
                        UserAccount.class)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    /** The organisation an applicant account acts for; empty for any other account or name. */
    public Optional<Organisation> applicantOrganisation(String username) {
        return findByUsername(username)
                .filter(a -> a.hasRole(Role.APPLICANT) && a.organisation() != null)
                .map(UserAccount::organisation);
    }

    private Organisation applicantOrganisationOf(String username) {
        return applicantOrganisation(username).orElseThrow(() -> new DomainException("colleague.notAllowed"));
    }

    /** An administrator ({@code by}) creates an account with one role. */
    public UserAccount createAccount(String by, NewAccount account) {
        if (account.role() == null) {
            throw new DomainException("account.roleRequired");
        }
        String username = requireFreeUsername(account.username());
        requireStrongPassword(account.password(), username);
        Organisation organisation = account.organisationId() == null
                ? null
                : organisations
                        .find(account.organisationId())
                        .orElseThrow(() -> new DomainException("account.organisationUnknown"));
        audit.record(
                by,
                "ACCOUNT_CREATED",
                "account:" + username,
                null,
                account.role() + (organisation == null ? "" : ", organisation:" + organisation.id()));
        return persist(new UserAccount(
                username,
                account.displayName(),
                EnumSet.of(account.role()),
                organisation,
                hasher.hash(account.password()),
                clock.instant()));
    }

    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public List<UserAccount> list() {
        return em.createQuery(
                        "SELECT u FROM UserAccount u LEFT JOIN FETCH u.organisation ORDER BY u.username",
                        UserAccount.class)
                .getResultList();
    }

    public boolean anyAccountWithRole(Role role) {
        return !em.createQuery("SELECT u.id FROM UserAccount u JOIN u.roles r WHERE r = :role", Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private String requireFreeUsername(String raw) {
        String username = Username.normalise(raw);
        if (findByUsername(username).isPresent()) {
            throw new DomainException("username.taken");
        }
        return username;
    }

    private static void requireStrongPassword(String password, String username) {
        List<String> broken = PasswordPolicy.violations(password, username);
        if (!broken.isEmpty()) {
            throw new DomainException(broken.get(0));
        }
    }

    /**
     * Flushes at once so that a registration racing ours for the same username or credit code fails here with a
     * message, not later at commit with a stack trace.
     */
    private UserAccount persist(UserAccount account) {
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new DomainException("account.conflict");
        }
        return account;
    }
}
