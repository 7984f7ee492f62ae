package cn.kaifeng.tfs.organisation.service;

import cn.kaifeng.tfs.organisation.domain.IdentityStatus;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Registers organisations. One organisation holds a credit code (the column is unique), and only once the code is
 * proven: claims on a code can coexist until the bureau decides which is true.
 */
@ApplicationScoped
@Transactional
public class OrganisationService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private cn.kaifeng.tfs.audit.service.AuditLog audit;

    /** An administrator ({@code by}) creates a bank or bureau organisation: an audited administrative change. */
    public Organisation createAsAdministrator(
            String by, OrganisationKind kind, String name, UnifiedSocialCreditCode creditCode) {
        Organisation organisation = create(kind, name, creditCode);
        em.flush();
        audit.record(
                by,
                "ORGANISATION_CREATED",
                "organisation:" + organisation.id(),
                null,
                kind + " " + name + (creditCode == null ? "" : " " + creditCode.value()));
        return organisation;
    }

    public Organisation create(OrganisationKind kind, String name, UnifiedSocialCreditCode creditCode) {
        if (creditCode != null && findByCreditCode(creditCode).isPresent()) {
            throw new DomainException("organisation.creditCodeTaken");
        }
        Organisation organisation = new Organisation(kind, name, creditCode, clock.instant());
        em.persist(organisation);
        return organisation;
    }

    /**
     * An applicant organisation registering itself: it claims its code (if any) through a claim and holds none
     * until the claim is verified, so registering never tells anyone whether a code is already on the platform.
     */
    public Organisation register(
            OrganisationKind kind, String name, boolean claimsCode, String legalRepresentative, String registeredBy) {
        Organisation organisation =
                Organisation.registered(kind, name, claimsCode, legalRepresentative, registeredBy, clock.instant());
        em.persist(organisation);
        return organisation;
    }

    /**
     * The organisation's claimed code is proven ({@code by} names the reviewer or the identity provider). Refused
     * while another organisation holds the code: the bureau settles that dispute first.
     */
    public Organisation verify(
            long organisationId, UnifiedSocialCreditCode code, String legalRepresentative, String by) {
        Organisation organisation = em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
        if (organisation == null) {
            throw new DomainException("verification.notFound");
        }
        if (findByCreditCode(code).isPresent()) {
            throw new DomainException("verification.codeHeld");
        }
        organisation.verify(code, legalRepresentative, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            em.flush();
        } catch (PersistenceException e) {
            // a verification of another claim on the same code committed in between
            throw new DomainException("verification.codeHeld");
        }
        audit.record(
                by,
                "ORGANISATION_VERIFIED",
                "organisation:" + organisation.id(),
                IdentityStatus.CLAIMED.name(),
                IdentityStatus.VERIFIED + " " + code.value());
        return organisation;
    }

    public Optional<Organisation> findByCreditCode(UnifiedSocialCreditCode creditCode) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.creditCode = :code", Organisation.class)
                .setParameter("code", creditCode)
                .getResultStream()
                .findFirst();
    }

    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    public List<Organisation> listOfKinds(Collection<OrganisationKind> kinds) {
        return em.createQuery(
                        "SELECT o FROM Organisation o WHERE o.kind IN :kinds ORDER BY o.kind, o.name",
                        Organisation.class)
                .setParameter("kinds", kinds)
                .getResultList();
    }
}
