package cn.kaifeng.tfs.acceptance.service;

import cn.kaifeng.tfs.acceptance.domain.Acceptance;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceAssignment;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceFile;
import cn.kaifeng.tfs.acceptance.domain.Conclusion;
import cn.kaifeng.tfs.acceptance.domain.ConclusionRule;
import cn.kaifeng.tfs.acceptance.domain.PerformanceEvaluation;
import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.program.domain.AcceptanceTerms;
import cn.kaifeng.tfs.program.domain.AgreementTemplate;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.ReviewPath;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.review.domain.PanelScore;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the acceptance's use cases share, in the caller's transaction: finding and locking an acceptance, its panel
 * of the current round and where it stands, the program's terms, the agreement it measures against, its files and
 * evaluation, and the Beijing day.
 */
@ApplicationScoped
public class Acceptances {

    /** Conclusion and due dates are Beijing dates, as the bureau's letters are dated. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private ProgramService programs;

    /**
     * Where the panel of the current round stands: its experts, how many have scored and how many must, the panel's
     * score by the program's rule once enough have, and the conclusion that score leads to.
     */
    public record Outcome(
            List<AcceptanceAssignment> panel,
            int scored,
            int required,
            PanelScore.Result result,
            Conclusion proposed,
            AcceptanceTerms terms) {

        public boolean enoughScores() {
            return scored >= required;
        }
    }

    Outcome outcomeOf(Application application, Acceptance acceptance) {
        List<AcceptanceAssignment> panel = panelOf(acceptance);
        List<BigDecimal> scores = panel.stream()
                .filter(AcceptanceAssignment::submitted)
                .map(AcceptanceAssignment::expertScore)
                .toList();
        int required = required(application);
        ReviewPath path = applications.programOf(application).reviewPath();
        AcceptanceTerms terms = termsOf(acceptance);
        PanelScore.Result result = scores.size() >= required
                // no spread limit: an acceptance has no consensus note, the reviewer sees every score instead
                ? PanelScore.of(scores, path.trimmedMean(), null)
                : null;
        Conclusion proposed = result == null ? null : ConclusionRule.of(result.points(), terms, acceptance.round());
        return new Outcome(panel, scores.size(), required, result, proposed, terms);
    }

    int required(Application application) {
        return Math.max(applications.programOf(application).reviewPath().minExperts(), PanelScore.MIN_EXPERTS);
    }

    /** The terms of the program version the agreement was drafted under (defaults for a version without them). */
    AcceptanceTerms termsOf(Acceptance acceptance) {
        return programs.version(acceptance.programCode(), acceptance.programVersion())
                .flatMap(ProgramDefinition::agreementTemplate)
                .map(AgreementTemplate::acceptance)
                .orElse(AcceptanceTerms.DEFAULTS);
    }

    Agreement agreementOf(long applicationId) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.applicationId = :id", Agreement.class)
                .setParameter("id", applicationId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException("agreement.notFound"));
    }

    Optional<PerformanceEvaluation> evaluation(long applicationId) {
        return em.createQuery(
                        "SELECT e FROM PerformanceEvaluation e WHERE e.applicationId = :id",
                        PerformanceEvaluation.class)
                .setParameter("id", applicationId)
                .getResultStream()
                .findFirst();
    }

    List<AcceptanceAssignment> panelOf(Acceptance acceptance) {
        return em.createQuery(
                        "SELECT p FROM AcceptanceAssignment p WHERE p.acceptanceId = :id AND p.round = :round"
                                + " ORDER BY p.id",
                        AcceptanceAssignment.class)
                .setParameter("id", acceptance.id())
                .setParameter("round", acceptance.round())
                .getResultList();
    }

    /** The files of an acceptance, of every round, in the order they were attached. */
    List<AcceptanceFile> filesOf(long acceptanceId) {
        return em.createQuery(
                        "SELECT f FROM AcceptanceFile f WHERE f.acceptanceId = :id ORDER BY f.id", AcceptanceFile.class)
                .setParameter("id", acceptanceId)
                .getResultList();
    }

    Optional<Acceptance> find(long applicationId, boolean locked) {
        Optional<Acceptance> found = em.createQuery(
                        "SELECT a FROM Acceptance a WHERE a.applicationId = :id", Acceptance.class)
                .setParameter("id", applicationId)
                .getResultStream()
                .findFirst();
        found.ifPresent(a -> {
            if (locked) {
                em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
            }
        });
        return found;
    }

    Acceptance lock(long applicationId) {
        return find(applicationId, true).orElseThrow(() -> new DomainException("acceptance.notFound"));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    static String subject(Acceptance acceptance) {
        // the case's subject, so the acceptance's steps read with the case's in the audit trail
        return "application:" + acceptance.applicationId();
    }
}
