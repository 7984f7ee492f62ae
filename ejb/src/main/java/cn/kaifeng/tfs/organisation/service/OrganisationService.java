package cn.kaifeng.tfs.organisation.service;

import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Registers organisations; one organisation per credit code, so two registrations of a company cannot coexist. */
@ApplicationScoped
@Transactional
public class OrganisationService {

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
        Organisation organisation = new Organisation(kind, name, creditCode, Instant.now());
        em.persist(organisation);
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
