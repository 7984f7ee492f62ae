package cn.kaifeng.tfs.acceptance.service;

import cn.kaifeng.tfs.acceptance.domain.Acceptance;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceStatus;
import cn.kaifeng.tfs.acceptance.domain.Conclusion;
import cn.kaifeng.tfs.acceptance.domain.EvaluationLine;
import cn.kaifeng.tfs.acceptance.domain.PerformanceEvaluation;
import cn.kaifeng.tfs.acceptance.domain.PerformanceScore;
import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.domain.Indicator;
import cn.kaifeng.tfs.agreement.service.AgreementService;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.letter.service.NoticeService;
import cn.kaifeng.tfs.program.domain.AcceptanceTerms;
import cn.kaifeng.tfs.program.domain.TrancheCondition;
import cn.kaifeng.tfs.recovery.domain.RecoveryReason;
import cn.kaifeng.tfs.recovery.service.RecoveryService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The acceptance's conclusion and what follows from it, in one transaction: a pass meets the agreement's acceptance
 * condition (the last tranche falls due and the payments above turn it into a payment request), a failure opens a
 * recovery order for what may be recovered, a final conclusion stores the performance evaluation with the
 * organisation, the conclusion notice (验收结论) is issued, and {@link AcceptanceConcluded} is fired. Also the
 * missed rectification deadline (逾期未整改): the daily run notices it once, and the reviewer concludes 不通过 with a
 * reason, without a second panel.
 */
@ApplicationScoped
@Transactional
public class AcceptanceConclusionService {

    /** The daily run looks for missed deadlines from this hour (Beijing time), as the report reminders do. */
    static final int RUN_FROM_HOUR = 7;

    /** Marks an acceptance's missed deadline noticed (?2 the day) unless another run did: ?1 the acceptance. */
    static final String NOTICE = "UPDATE acceptance SET rectify_lapsed_on = ?2, row_version = row_version + 1"
            + " WHERE id = ?1 AND rectify_lapsed_on IS NULL AND status = 'RECTIFYING' AND rectify_by < ?2";

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private AgreementService agreements;

    @Inject
    private RecoveryService recoveries;

    @Inject
    private Acceptances acceptances;

    @Inject
    private AuditLog audit;

    @Inject
    private NoticeService notices;

    @Inject
    private Event<AcceptanceConcluded> concluded;

    @Inject
    private Event<RectificationDeadlinePassed> deadlinePassed;

    /**
     * The reviewer confirms the conclusion the panel's score leads to, on the acceptance as the reviewer saw it
     * ({@code seenVersion}).
     */
    public Acceptance conclude(String reviewer, long applicationId, long seenVersion) {
        Application application = applications.numberedForReviewer(reviewer, applicationId);
        Acceptance acceptance = acceptances.lock(applicationId);
        if (acceptance.rowVersion() != seenVersion) {
            throw new DomainException("acceptance.changedMeanwhile");
        }
        if (acceptance.status() != AcceptanceStatus.PANEL) {
            throw new DomainException("acceptance.notAllowed");
        }
        Acceptances.Outcome outcome = acceptances.outcomeOf(application, acceptance);
        if (!outcome.enoughScores()) {
            throw new DomainException("panel.tooFewScores", outcome.required(), outcome.scored());
        }
        BigDecimal score = outcome.result().points();
        Conclusion conclusion = outcome.proposed();
        LocalDate today = acceptances.today();
        acceptance.conclude(conclusion, score, reviewer, today, outcome.terms().rectifyMonths());
        audit.record(
                reviewer,
                "ACCEPTANCE_CONCLUDED",
                Acceptances.subject(acceptance),
                null,
                "round " + acceptance.round() + " " + conclusion + " panel " + score.toPlainString()
                        + (acceptance.rectifyBy() == null ? "" : " rectify by " + acceptance.rectifyBy()));
        switch (conclusion) {
            case PASSED -> agreements.conditionMet(applicationId, TrancheCondition.AFTER_ACCEPTANCE, reviewer);
            case FAILED ->
                openRecovery(
                        reviewer, applicationId, "验收不通过（专家组评分 " + score.toPlainString() + "）", today, outcome.terms());
            case RECTIFY -> {
                // nothing is paid or recovered while the project rectifies: its second request decides
            }
        }
        return finish(reviewer, acceptance, conclusion.inWords(acceptance.rectifyBy()), today);
    }

    /**
     * The reviewer concludes 不通过 (逾期未整改) on an acceptance whose rectification deadline passed without a second
     * request, with a reason the notice prints: no second panel (there is nothing new to score); a recovery order is
     * opened, the performance evaluation stored and the notice issued as for any failure.
     */
    public Acceptance concludeLapsed(String reviewer, long applicationId, long seenVersion, String reason) {
        applications.numberedForReviewer(reviewer, applicationId);
        Acceptance acceptance = acceptances.lock(applicationId);
        if (acceptance.rowVersion() != seenVersion) {
            throw new DomainException("acceptance.changedMeanwhile");
        }
        LocalDate today = acceptances.today();
        acceptance.concludeLapsed(reason, reviewer, today);
        audit.record(
                reviewer,
                "ACCEPTANCE_LAPSED",
                Acceptances.subject(acceptance),
                null,
                "rectify by " + acceptance.rectifyBy() + ": " + acceptance.lapseReason());
        openRecovery(
                reviewer,
                applicationId,
                "验收逾期未整改（整改期限 " + acceptance.rectifyBy() + "）：" + acceptance.lapseReason(),
                today,
                acceptances.termsOf(acceptance));
        return finish(
                reviewer,
                acceptance,
                Conclusion.lapsedInWords(acceptance.rectifyBy(), acceptance.lapseReason()),
                today);
    }

    /** The evaluation of a final conclusion, its notice (if it cannot be signed, nothing was concluded), the event. */
    private Acceptance finish(String reviewer, Acceptance acceptance, String words, LocalDate today) {
        if (acceptance.isFinal()) {
            evaluate(reviewer, acceptance, today);
        }
        notices.issueAcceptanceConclusion(
                reviewer,
                acceptance.applicationId(),
                acceptance.conclusionKey(),
                words,
                acceptance.panelScore(),
                today);
        concluded.fire(new AcceptanceConcluded(
                acceptance.applicationId(), acceptance.conclusion(), today, acceptance.panelScore()));
        return acceptance;
    }

    /** Today's run, from the run's hour on (Beijing time): see {@link #noticeLapsedOn}. */
    public int noticeLapsedIfDue() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(Acceptances.BEIJING));
        return now.getHour() < RUN_FROM_HOUR ? -1 : noticeLapsedOn(now.toLocalDate());
    }

    /**
     * Every acceptance told to rectify whose deadline had passed by {@code day} without a second request is marked
     * noticed and {@link RectificationDeadlinePassed} fired for it, once whatever node runs it (the mark is the
     * condition of its own update). Returns how many were noticed.
     */
    public int noticeLapsedOn(LocalDate day) {
        List<Object[]> due = em.createQuery(
                        "SELECT a.id, a.organisationId, a.applicationId, a.caseNumber, a.rectifyBy FROM Acceptance a"
                                + " WHERE a.status = :s AND a.rectifyLapsedOn IS NULL AND a.rectifyBy < :day",
                        Object[].class)
                .setParameter("s", AcceptanceStatus.RECTIFYING)
                .setParameter("day", day)
                .getResultList();
        int noticed = 0;
        for (Object[] row : due) {
            int marked = em.createNativeQuery(NOTICE)
                    .setParameter(1, row[0])
                    .setParameter(2, day)
                    .executeUpdate();
            if (marked == 1) {
                deadlinePassed.fire(new RectificationDeadlinePassed(
                        (Long) row[1], (Long) row[2], (String) row[3], (LocalDate) row[4], clock.instant()));
                audit.record(
                        "system", "ACCEPTANCE_RECTIFY_OVERDUE", "application:" + row[2], null, "rectify by " + row[4]);
                noticed++;
            }
        }
        return noticed;
    }

    private void openRecovery(
            String reviewer, long applicationId, String reasonText, LocalDate today, AcceptanceTerms terms) {
        Money recoverable = recoveries.recoverable(reviewer, applicationId).recoverable();
        if (recoverable.isZero()) {
            // nothing was paid, or every fen paid is claimed by an open order already: the failure withholds the
            // remaining tranches (they never fall due) and there is nothing to recover
            return;
        }
        recoveries.open(
                reviewer,
                applicationId,
                recoverable,
                RecoveryReason.FAILED_ACCEPTANCE,
                reasonText,
                today.plusDays(terms.recoveryDueDays()));
    }

    private void evaluate(String reviewer, Acceptance acceptance, LocalDate today) {
        Agreement agreement = acceptances.agreementOf(acceptance.applicationId());
        Map<String, BigDecimal> achieved = acceptance.achieved();
        List<PerformanceScore.Line> lines = new ArrayList<>();
        for (Indicator i : agreement.indicators()) {
            lines.add(new PerformanceScore.Line(
                    i.code(), i.category(), i.higherBetter(), i.target(), achieved.get(i.code())));
        }
        PerformanceScore.Result result = PerformanceScore.of(lines);
        List<EvaluationLine> kept = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            kept.add(new EvaluationLine(
                    lines.get(n),
                    agreement.indicators().get(n).nameZh(),
                    result.scores().get(n)));
        }
        PerformanceEvaluation evaluation = new PerformanceEvaluation(acceptance, kept, result.total(), reviewer, today);
        em.persist(evaluation);
        audit.record(
                reviewer,
                "PERFORMANCE_EVALUATED",
                "organisation:" + acceptance.organisationId(),
                null,
                acceptance.caseNumber() + " " + result.total().toPlainString() + " " + result.scores());
    }
}
