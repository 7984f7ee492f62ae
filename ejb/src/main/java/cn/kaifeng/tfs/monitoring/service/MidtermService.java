package cn.kaifeng.tfs.monitoring.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.service.AgreementService;
import cn.kaifeng.tfs.agreement.service.TrancheMatured;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.monitoring.domain.MidtermCheck;
import cn.kaifeng.tfs.monitoring.domain.MidtermResult;
import cn.kaifeng.tfs.program.domain.TrancheCondition;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The mid-term check (中期检查) of a signed award whose program schedules one: the reviewer records it, with an
 * optional site visit, and a pass lets the mid-term tranches fall due. Apart from the progress reports
 * ({@link MonitoringService}) because it is the bureau's act on the award, not the recipient's reporting, and the
 * only monitoring step that moves money.
 */
@ApplicationScoped
@Transactional
public class MidtermService {

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AgreementService agreements;

    @Inject
    private ApplicationService applications;

    @Inject
    private AwardSchedules schedules;

    @Inject
    private AuditLog audit;

    /**
     * The reviewer records a mid-term check. A pass reports the condition {@link TrancheCondition#AFTER_MIDTERM_CHECK}
     * to the agreement in this transaction, so the mid-term tranche falls due (and the payment feature creates its
     * request) or nothing is recorded at all.
     */
    public MidtermCheck recordMidterm(
            String reviewer, long applicationId, MidtermCheck.Visit visit, MidtermCheck.Conclusion conclusion) {
        applications.requireRole(reviewer, Role.REVIEWER);
        // serialises two reviewers recording a check on the same award at once (the numbers would collide)
        Application application = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw new DomainException("monitoring.notFound");
        }
        Agreement agreement = schedules.signed(reviewer, applicationId);
        if (!schedules.templateOf(agreement).reporting().hasMidterm()) {
            throw new DomainException("midterm.notScheduled");
        }
        MidtermCheck check = MidtermCheck.record(
                applicationId,
                schedules.checksOf(applicationId),
                visit,
                conclusion,
                schedules.today(),
                reviewer,
                clock.instant());
        em.persist(check);
        em.flush();
        audit.record(
                reviewer,
                "MIDTERM_CHECK_RECORDED",
                AwardSchedules.subject(applicationId),
                null,
                "check " + check.checkNumber() + " " + check.result()
                        + (check.visitedOn() == null ? "" : " visit " + check.visitedOn() + " " + check.visitPlace())
                        + (check.rectifyBy() == null
                                ? ""
                                : " rectify by " + check.rectifyBy() + ": " + check.rectifyWhat()));
        if (check.result() == MidtermResult.PASSED) {
            List<TrancheMatured> due =
                    agreements.conditionMet(applicationId, TrancheCondition.AFTER_MIDTERM_CHECK, reviewer);
            audit.record(
                    reviewer,
                    "MIDTERM_TRANCHES_DUE",
                    AwardSchedules.subject(applicationId),
                    null,
                    "tranches=" + due.size());
        }
        return check;
    }
}
