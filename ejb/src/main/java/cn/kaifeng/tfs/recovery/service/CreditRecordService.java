package cn.kaifeng.tfs.recovery.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.recovery.domain.CreditRecord;
import cn.kaifeng.tfs.recovery.domain.CreditStatus;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The bureau's list of 失信 records (in force, lifted, expired) and their lifting, which only a reviewer may do,
 * with a reason, audited. Nothing lifts a record that has run its time: it expires by its date.
 */
@ApplicationScoped
@Transactional
public class CreditRecordService {

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private AuditLog audit;

    /** A record with its organisation's name and its state today. */
    public record RecordView(CreditRecord record, String organisationName, CreditStatus status) {}

    /** Every record, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecordView> records(String reviewer) {
        applications.requireRole(reviewer, Role.REVIEWER);
        LocalDate today = LocalDate.now(clock.withZone(RecoveryService.CHINA));
        return em
                .createQuery(
                        "SELECT r, g.name FROM CreditRecord r, Organisation g WHERE g.id = r.organisationId"
                                + " ORDER BY r.id DESC",
                        Object[].class)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(row -> {
                    CreditRecord r = (CreditRecord) row[0];
                    return new RecordView(r, (String) row[1], r.statusOn(today));
                })
                .toList();
    }

    /** A reviewer lifts a record in force, with a reason. */
    public CreditRecord lift(String reviewer, long recordId, String reason) {
        applications.requireRole(reviewer, Role.REVIEWER);
        CreditRecord record = em.find(CreditRecord.class, recordId, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            throw new DomainException("credit.notFound");
        }
        record.lift(reviewer, reason, LocalDate.now(clock.withZone(RecoveryService.CHINA)), clock.instant());
        audit.record(
                reviewer,
                "CREDIT_LIFTED",
                "organisation:" + record.organisationId(),
                "credit:" + record.id() + " " + record.startsOn() + "–" + record.endsOn(),
                record.liftReason());
        return record;
    }
}
