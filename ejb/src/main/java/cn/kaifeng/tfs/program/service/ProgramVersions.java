package cn.kaifeng.tfs.program.service;

import cn.kaifeng.tfs.program.domain.ProgramVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Stored program versions. Inserts run in their own transaction so a race between cluster nodes can be retried. */
@ApplicationScoped
public class ProgramVersions {

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private cn.kaifeng.tfs.audit.service.AuditLog audit;

    /** (code, version, hash) of the published versions: small, so it is cheap to ask on every use. */
    public record Key(String code, int version, String hash) {}

    @Transactional
    public Optional<ProgramVersion> find(String code, int version) {
        return em.createQuery(
                        "SELECT v FROM ProgramVersion v WHERE v.programCode = :code AND v.version = :version",
                        ProgramVersion.class)
                .setParameter("code", code)
                .setParameter("version", version)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public List<Key> publishedKeys() {
        return em.createQuery(
                        "SELECT v.programCode, v.version, v.contentHash FROM ProgramVersion v"
                                + " WHERE v.status = :status ORDER BY v.programCode, v.version",
                        Object[].class)
                .setParameter("status", ProgramVersion.Status.PUBLISHED)
                .getResultStream()
                .map(row -> new Key((String) row[0], ((Number) row[1]).intValue(), (String) row[2]))
                .toList();
    }

    @Transactional
    public List<ProgramVersion> all() {
        return em.createQuery(
                        "SELECT v FROM ProgramVersion v ORDER BY v.programCode, v.version DESC", ProgramVersion.class)
                .getResultList();
    }

    @Transactional
    public Optional<Integer> latestVersion(String code) {
        return Optional.ofNullable(
                em.createQuery("SELECT MAX(v.version) FROM ProgramVersion v WHERE v.programCode = :code", Integer.class)
                        .setParameter("code", code)
                        .getSingleResult());
    }

    /** Inserts in a transaction of its own; fails if another node inserted the same (code, version) first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(ProgramVersion version) {
        em.persist(version);
        em.flush();
        audit.record(
                version.loadedBy(),
                "PROGRAM_VERSION_STORED",
                "program:" + version.programCode() + " v" + version.version(),
                null,
                version.origin() + " " + version.fileName() + " sha256=" + version.contentHash());
    }

    @Transactional
    public void publish(String code, int version, String by, java.time.Instant at) {
        find(code, version).orElseThrow().publish(by, at);
        audit.record(by, "PROGRAM_PUBLISHED", "program:" + code + " v" + version, "DRAFT", "PUBLISHED");
    }
}
