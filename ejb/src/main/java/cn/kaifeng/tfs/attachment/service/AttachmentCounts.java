package cn.kaifeng.tfs.attachment.service;

import cn.kaifeng.tfs.casefile.service.FileCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts an application's current attachments per file field, for the case file's form check. */
@ApplicationScoped
public class AttachmentCounts implements FileCounts {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<String, Long> of(long applicationId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery(
                        "SELECT a.fieldCode, COUNT(a) FROM Attachment a WHERE a.applicationId = :id"
                                + " AND a.supersededAt IS NULL GROUP BY a.fieldCode",
                        Object[].class)
                .setParameter("id", applicationId)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
