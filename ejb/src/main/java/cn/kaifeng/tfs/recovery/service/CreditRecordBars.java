package cn.kaifeng.tfs.recovery.service;

import cn.kaifeng.tfs.casefile.service.CreditBars;
import cn.kaifeng.tfs.recovery.domain.CreditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The case file's question, answered from the 失信 records: which record in force bars an organisation on a day.
 * Read from the dates each time (never cached), so a record ends on its last day on every node without a job.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CreditRecordBars implements CreditBars {

    private static final String IN_FORCE = "r.liftedAt IS NULL AND r.startsOn <= :day AND r.endsOn >= :day";

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Bar> barOf(long organisationId, LocalDate day) {
        return em.createQuery(
                        "SELECT r FROM CreditRecord r WHERE r.organisationId = :id AND " + IN_FORCE
                                + " ORDER BY r.endsOn DESC, r.id",
                        CreditRecord.class)
                .setParameter("id", organisationId)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(r -> new Bar(r.id(), r.reason(), r.startsOn(), r.endsOn()));
    }

    @Override
    public Set<Long> barredAmong(Collection<Long> organisationIds, LocalDate day) {
        if (organisationIds.isEmpty()) {
            return Set.of();
        }
        List<Long> found = em.createQuery(
                        "SELECT DISTINCT r.organisationId FROM CreditRecord r WHERE r.organisationId IN :ids AND "
                                + IN_FORCE,
                        Long.class)
                .setParameter("ids", organisationIds)
                .setParameter("day", day)
                .getResultList();
        return new HashSet<>(found);
    }
}
