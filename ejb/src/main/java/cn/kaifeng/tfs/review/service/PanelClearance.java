package cn.kaifeng.tfs.review.service;

import cn.kaifeng.tfs.casefile.service.ClearedExperts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The experts of a case's panel who may read it: declared, with no conflict declared or found. */
@ApplicationScoped
public class PanelClearance implements ClearedExperts {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean includes(String expert, long applicationId) {
        return em.createQuery(
                                "SELECT COUNT(p) FROM PanelAssignment p WHERE p.applicationId = :id AND p.expert = :expert"
                                        + " AND p.declaredAt IS NOT NULL AND p.declaredConflict = FALSE"
                                        + " AND p.conflictFlags IS NULL",
                                Long.class)
                        .setParameter("id", applicationId)
                        .setParameter("expert", expert)
                        .getSingleResult()
                > 0;
    }
}
