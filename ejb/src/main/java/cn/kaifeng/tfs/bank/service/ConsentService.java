package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.bank.domain.Consent;
import cn.kaifeng.tfs.bank.domain.EligibilityJudge;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise's authorisations (授权) of banks: granted, listed and revoked in the applicant portal, each change
 * audited. Granting a bank that already holds one in force renews it: the old one is revoked, the new one recorded,
 * so the history shows every period an enterprise agreed to.
 */
@ApplicationScoped
@Transactional
public class ConsentService {

    /** An authorisation as the enterprise sees it. */
    public record View(
            long id,
            String bankName,
            String grantedBy,
            Instant grantedAt,
            LocalDate expiresOn,
            Consent.State state,
            Instant revokedAt) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** A bank to choose in a list. */
    public record Bank(long id, String name) {}

    /**
     * The banks an enterprise can authorise, by name. Only id and name are read, so one bank's damaged record
     * (a credit code that no longer verifies) cannot take the list down for everyone.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Bank> banks() {
        return em
                .createQuery(
                        "SELECT o.id, o.name FROM Organisation o WHERE o.kind = :bank ORDER BY o.name", Object[].class)
                .setParameter("bank", OrganisationKind.BANK)
                .getResultList()
                .stream()
                .map(r -> new Bank((Long) r[0], (String) r[1]))
                .toList();
    }

    public Consent grant(long enterpriseId, Long bankId, LocalDate expiresOn, String by) {
        if (bankId == null) {
            throw new DomainException("bank.consent.bankRequired");
        }
        Organisation bank = em.find(Organisation.class, bankId);
        if (bank == null || bank.kind() != OrganisationKind.BANK) {
            throw new DomainException("bank.consent.notABank");
        }
        Organisation enterprise = em.find(Organisation.class, enterpriseId);
        if (enterprise == null) {
            throw new DomainException("bank.consent.notFound");
        }
        // only an organisation proven to hold its code may let banks look that code up (issue 25)
        enterprise.requireIdentityProven();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(EligibilityJudge.ZONE));
        Consent consent = new Consent(enterpriseId, bankId, expiresOn, by, now, today);
        for (Consent old : em.createQuery(
                        "SELECT c FROM Consent c WHERE c.enterpriseId = :enterprise AND c.bankId = :bank"
                                + " AND c.revokedAt IS NULL",
                        Consent.class)
                .setParameter("enterprise", enterpriseId)
                .setParameter("bank", bankId)
                .getResultList()) {
            if (old.inForceOn(today)) {
                old.revoke(by, now);
                audit.record(by, "BANK_CONSENT_RENEWED", subject(old), "expires " + old.expiresOn(), "revoked");
            }
        }
        em.persist(consent);
        em.flush();
        audit.record(by, "BANK_CONSENT_GRANTED", subject(consent), null, bank.name() + " until " + expiresOn);
        return consent;
    }

    /** Only the enterprise that granted it may revoke it; anyone else is told it does not exist. */
    public void revoke(long consentId, long enterpriseId, String by) {
        Consent consent = em.find(Consent.class, consentId);
        if (consent == null || consent.enterpriseId() != enterpriseId) {
            throw new DomainException("bank.consent.notFound");
        }
        consent.revoke(by, clock.instant());
        audit.record(by, "BANK_CONSENT_REVOKED", subject(consent), "expires " + consent.expiresOn(), "revoked");
    }

    /** Every authorisation the enterprise ever granted, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<View> of(long enterpriseId) {
        LocalDate today = LocalDate.now(clock.withZone(EligibilityJudge.ZONE));
        return em
                .createQuery(
                        "SELECT c, o.name FROM Consent c, Organisation o WHERE o.id = c.bankId"
                                + " AND c.enterpriseId = :enterprise ORDER BY c.grantedAt DESC, c.id DESC",
                        Object[].class)
                .setParameter("enterprise", enterpriseId)
                .getResultList()
                .stream()
                .map(r -> {
                    Consent c = (Consent) r[0];
                    return new View(
                            c.id(),
                            (String) r[1],
                            c.grantedBy(),
                            c.grantedAt(),
                            c.expiresOn(),
                            c.state(today),
                            c.revokedAt());
                })
                .toList();
    }

    private static String subject(Consent c) {
        return "consent:" + c.id();
    }
}
