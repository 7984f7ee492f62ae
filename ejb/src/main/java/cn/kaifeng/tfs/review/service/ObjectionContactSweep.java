package cn.kaifeng.tfs.review.service;

import cn.kaifeng.tfs.review.infra.ObjectionContactConverter;
import cn.kaifeng.tfs.shared.infra.PersonalDataCipher;
import cn.kaifeng.tfs.shared.infra.PersonalDataKeys;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * At start-up, encrypts the objectors' contacts that were stored in clear before encryption came in (V16). Idempotent
 * and cheap once done (it looks only for values without the cipher's prefix); two nodes doing it at once each write
 * a valid encryption of the same value.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ObjectionContactSweep {

    private static final Logger LOG = Logger.getLogger(ObjectionContactSweep.class);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PersonalDataKeys keys;

    @PostConstruct
    void encryptClearContacts() {
        @SuppressWarnings("unchecked")
        List<Object[]> clear = em.createNativeQuery("SELECT id, contact FROM objection WHERE contact NOT LIKE ?1")
                .setParameter(1, PersonalDataCipher.PREFIX + "%")
                .getResultList();
        for (Object[] row : clear) {
            em.createNativeQuery("UPDATE objection SET contact = ?1 WHERE id = ?2")
                    .setParameter(1, keys.cipher().encrypt(ObjectionContactConverter.PURPOSE, (String) row[1]))
                    .setParameter(2, ((Number) row[0]).longValue())
                    .executeUpdate();
        }
        if (!clear.isEmpty()) {
            LOG.infof("Encrypted %d objection contact(s) stored in clear", clear.size());
        }
    }
}
