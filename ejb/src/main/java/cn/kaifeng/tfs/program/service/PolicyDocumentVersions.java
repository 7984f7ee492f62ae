package cn.kaifeng.tfs.program.service;

import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.program.domain.PolicyDocumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Stored policy document versions. Inserts run in their own transaction so a race between nodes can be retried. */
@ApplicationScoped
public class PolicyDocumentVersions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Transactional
    public Optional<PolicyDocumentVersion> find(String documentId, int version) {
        return em.createQuery(
                        "SELECT v FROM PolicyDocumentVersion v WHERE v.documentId = :id AND v.version = :version",
                        PolicyDocumentVersion.class)
                .setParameter("id", documentId)
                .setParameter("version", version)
                .getResultStream()
                .findFirst();
    }

    /** Every version of every document, by id and then version: a few dozen rows, read whole. */
    @Transactional
    public List<PolicyDocumentVersion> all() {
        return em.createQuery(
                        "SELECT v FROM PolicyDocumentVersion v ORDER BY v.documentId, v.version",
                        PolicyDocumentVersion.class)
                .getResultList();
    }

    /** (id, version, hash) of every stored version, without the texts: cheap to ask on every use. */
    public record Key(String documentId, int version, String hash) {}

    @Transactional
    public List<Key> keys() {
        return em.createQuery(
                        "SELECT v.documentId, v.version, v.contentHash FROM PolicyDocumentVersion v"
                                + " ORDER BY v.documentId, v.version",
                        Object[].class)
                .getResultStream()
                .map(row -> new Key((String) row[0], ((Number) row[1]).intValue(), (String) row[2]))
                .toList();
    }

    /** Inserts in a transaction of its own; fails if another node inserted the same (id, version) first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(PolicyDocumentVersion version) {
        em.persist(version);
        em.flush();
        audit.record(
                version.loadedBy(),
                "POLICY_DOCUMENT_STORED",
                "policy:" + version.documentId() + " v" + version.version(),
                null,
                version.origin() + " " + version.fileName() + " sha256=" + version.contentHash());
    }
}
