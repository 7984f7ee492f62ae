package cn.kaifeng.tfs.review.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.domain.Move;
import cn.kaifeng.tfs.casefile.domain.Results;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.casefile.service.FormValues;
import cn.kaifeng.tfs.casefile.service.Timeline;
import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.Assessor;
import cn.kaifeng.tfs.program.domain.Criterion;
import cn.kaifeng.tfs.program.domain.CriterionResult;
import cn.kaifeng.tfs.program.domain.ExpertRange;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.ReviewPath;
import cn.kaifeng.tfs.program.expression.Facts;
import cn.kaifeng.tfs.review.domain.ExpertProfile;
import cn.kaifeng.tfs.review.domain.PanelAssignment;
import cn.kaifeng.tfs.review.domain.PanelScore;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The expert panel (专家评审): a reviewer assigns experts matched to the application's field; each expert declares
 * conflicts of interest before seeing anything confidential, and the system flags likely ones itself; experts score
 * the expert-judged criteria independently, seeing the others' scores only after submitting their own; the panel's
 * result per criterion follows the program's rule, and a disagreement needs the lead's consensus note before the
 * reviewer concludes the panel. Who can sit on a panel is {@link ExpertPoolService}.
 */
@ApplicationScoped
@Transactional
public class PanelService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private ExpertPoolService pool;

    /** Puts experts on the panel of an application in expert review; one of them leads. */
    public List<PanelAssignment> assign(
            String reviewer, long applicationId, long seenVersion, List<String> experts, String lead) {
        Application application = lock(reviewer, applicationId, seenVersion);
        ReviewPath path = applications.programOf(application).reviewPath();
        List<String> chosen = experts.stream().distinct().toList();
        if (chosen.size() < Math.max(path.minExperts(), PanelScore.MIN_EXPERTS)) {
            throw new DomainException("panel.tooFewExperts", Math.max(path.minExperts(), PanelScore.MIN_EXPERTS));
        }
        if (lead == null || !chosen.contains(lead)) {
            throw new DomainException("panel.leadRequired");
        }
        ExpertPoolService.People people = pool.peopleOf(application);
        List<PanelAssignment> made = new ArrayList<>();
        for (String username : chosen) {
            UserAccount expert = accounts.findByUsername(username)
                    .filter(a -> a.hasRole(Role.EXPERT))
                    .orElseThrow(() -> new DomainException("panel.notAnExpert", username));
            if (assignment(applicationId, username) != null) {
                throw new DomainException("panel.alreadyAssigned", expert.displayName());
            }
            ExpertProfile profile = em.find(ExpertProfile.class, username);
            PanelAssignment assignment = new PanelAssignment(
                    applicationId,
                    username,
                    username.equals(lead),
                    ExpertPoolService.flags(expert, profile == null ? "" : profile.employer(), application, people),
                    reviewer,
                    clock.instant());
            em.persist(assignment);
            made.add(assignment);
        }
        audit.record(
                reviewer,
                "PANEL_ASSIGNED",
                Timeline.subject(application),
                null,
                String.join(", ", chosen) + " (lead " + lead + ")");
        return made;
    }

    /** The panel of an application, for the reviewer. */
    public List<PanelAssignment> panel(String reviewer, long applicationId) {
        applications.numberedForReviewer(reviewer, applicationId);
        return panelOf(applicationId);
    }

    /** An expert's own assignments, newest first, with the application they concern. */
    public record Assigned(PanelAssignment assignment, String number, String programCode, ApplicationStatus status) {}

    public List<Assigned> mine(String expert) {
        applications.requireRole(expert, Role.EXPERT);
        return em.createQuery(
                        "SELECT p, a.number, a.programCode, a.status FROM PanelAssignment p, Application a"
                                + " WHERE a.id = p.applicationId AND p.expert = :expert ORDER BY p.id DESC",
                        Object[].class)
                .setParameter("expert", expert)
                .getResultStream()
                .map(r -> new Assigned((PanelAssignment) r[0], (String) r[1], (String) r[2], (ApplicationStatus) r[3]))
                .toList();
    }

    /** One of the expert's own assignments; anyone else's is "not found". */
    public PanelAssignment own(String expert, long assignmentId) {
        applications.requireRole(expert, Role.EXPERT);
        PanelAssignment assignment = em.find(PanelAssignment.class, assignmentId);
        if (assignment == null || !assignment.expert().equals(expert)) {
            throw new DomainException("panel.notFound");
        }
        return assignment;
    }

    /** The application behind an assignment, only once the expert is cleared (declared no conflict, none found). */
    public Application applicationFor(String expert, long assignmentId) {
        PanelAssignment assignment = own(expert, assignmentId);
        if (!assignment.cleared()) {
            throw new DomainException("panel.notCleared");
        }
        return em.createQuery(
                        "SELECT a FROM Application a JOIN FETCH a.organisation WHERE a.id = :id", Application.class)
                .setParameter("id", assignment.applicationId())
                .getSingleResult();
    }

    public PanelAssignment declare(String expert, long assignmentId, boolean conflict, String note) {
        PanelAssignment assignment = own(expert, assignmentId);
        assignment.declare(conflict, note, clock.instant());
        audit.record(
                expert,
                "PANEL_CONFLICT_DECLARED",
                "application:" + assignment.applicationId(),
                null,
                conflict ? "conflict: " + assignment.declarationNote() : "no conflict");
        return assignment;
    }

    /**
     * The expert's scores for the expert-judged criteria: each given, and each within what the application's facts
     * allow (open grades, the limit the facts set, whole points where the program asks for them).
     */
    public PanelAssignment score(String expert, long assignmentId, Map<String, BigDecimal> scores, String comment) {
        PanelAssignment assignment = own(expert, assignmentId);
        Application application =
                em.find(Application.class, assignment.applicationId(), LockModeType.PESSIMISTIC_WRITE);
        if (application.status() != ApplicationStatus.EXPERT_REVIEW) {
            throw new DomainException("panel.notInExpertReview");
        }
        Map<String, Object> given = new LinkedHashMap<>();
        ProgramDefinition program = applications.programOf(application);
        Facts facts = Assessor.withDerived(program, Facts.of(applications.valuesOf(application)));
        for (Criterion criterion : expertCriteria(program)) {
            BigDecimal points = scores.get(criterion.code());
            if (points == null) {
                throw new DomainException("panel.scoreMissing", criterion.name());
            }
            criterion.rule().expertRange(facts).check(criterion.name(), points);
            given.put(criterion.code(), points);
        }
        assignment.submit(FormValues.toJson(given), comment, clock.instant());
        audit.record(expert, "PANEL_SCORED", Timeline.subject(application), null, FormValues.toJson(given));
        return assignment;
    }

    /** What the expert may give each expert-judged criterion of the assigned application, by criterion code. */
    public Map<String, ExpertRange> ranges(String expert, long assignmentId) {
        PanelAssignment assignment = own(expert, assignmentId);
        Application application = em.find(Application.class, assignment.applicationId());
        ProgramDefinition program = applications.programOf(application);
        Facts facts = Assessor.withDerived(program, Facts.of(applications.valuesOf(application)));
        Map<String, ExpertRange> ranges = new LinkedHashMap<>();
        expertCriteria(program).forEach(c -> ranges.put(c.code(), c.rule().expertRange(facts)));
        return ranges;
    }

    /** The other experts' submitted scores: only for an expert who has submitted their own (blind until then). */
    public List<PanelAssignment> othersFor(String expert, long assignmentId) {
        PanelAssignment assignment = own(expert, assignmentId);
        if (!assignment.submitted()) {
            throw new DomainException("panel.submitFirst");
        }
        return panelOf(assignment.applicationId()).stream()
                .filter(p -> p.submitted() && !p.id().equals(assignment.id()))
                .toList();
    }

    /** The lead's consensus note on a disagreement. */
    public void consensus(String expert, long assignmentId, String note) {
        PanelAssignment assignment = own(expert, assignmentId);
        if (!assignment.lead()) {
            throw new DomainException("panel.leadOnly");
        }
        if (note == null || note.isBlank()) {
            throw new DomainException("review.reasonRequired");
        }
        Application application =
                em.find(Application.class, assignment.applicationId(), LockModeType.PESSIMISTIC_WRITE);
        String before = application.panel().panelNote();
        application.writePanelNote(note.strip(), clock.instant());
        audit.record(expert, "PANEL_CONSENSUS_NOTE", Timeline.subject(application), before, note.strip());
    }

    /** Where the panel stands: per expert criterion, the scores so far and the result by the program's rule. */
    public record CriterionOutcome(Criterion criterion, List<BigDecimal> scores, PanelScore.Result result) {}

    public record Outcome(
            List<CriterionOutcome> criteria, int scored, int required, boolean disagreement, String note) {

        public boolean enoughScores() {
            return scored >= required;
        }

        public boolean canConclude() {
            return enoughScores() && (!disagreement || (note != null && !note.isBlank()));
        }
    }

    public Outcome outcome(long applicationId) {
        Application application = em.find(Application.class, applicationId);
        ProgramDefinition program = applications.programOf(application);
        ReviewPath path = program.reviewPath();
        List<PanelAssignment> scored = panelOf(applicationId).stream()
                .filter(PanelAssignment::submitted)
                .toList();
        int required = Math.max(path.minExperts(), PanelScore.MIN_EXPERTS);
        List<CriterionOutcome> criteria = new ArrayList<>();
        boolean disagreement = false;
        for (Criterion criterion : expertCriteria(program)) {
            List<BigDecimal> scores = scored.stream()
                    .map(p -> FormValues.fromJson(p.scores()).get(criterion.code()))
                    .map(v -> v instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(v)))
                    .toList();
            PanelScore.Result result = scores.size() >= PanelScore.MIN_EXPERTS
                    ? PanelScore.of(scores, path.trimmedMean(), path.spreadLimit(criterion.max()))
                    : null;
            disagreement |= result != null && result.disagreement();
            criteria.add(new CriterionOutcome(criterion, scores, result));
        }
        return new Outcome(
                criteria,
                scored.size(),
                required,
                disagreement,
                application.panel().panelNote());
    }

    /**
     * Concludes the panel: enough cleared experts have scored, and a disagreement has its consensus note. The
     * panel's points complete the assessment, which is stored, and the application moves to "review concluded".
     */
    public Application conclude(String reviewer, long applicationId, long seenVersion) {
        Application application = lock(reviewer, applicationId, seenVersion);
        Outcome outcome = outcome(applicationId);
        if (!outcome.enoughScores()) {
            throw new DomainException("panel.tooFewScores", outcome.required(), outcome.scored());
        }
        if (!outcome.canConclude()) {
            throw new DomainException("panel.consensusNeeded");
        }
        Map<String, BigDecimal> panelScores = new LinkedHashMap<>();
        outcome.criteria()
                .forEach(c -> panelScores.put(c.criterion().code(), c.result().points()));
        ProgramDefinition program = applications.programOf(application);
        Assessment assessment = Assessor.assess(program, Facts.of(applications.valuesOf(application)), panelScores);
        Map<String, Object> points = new LinkedHashMap<>();
        for (CriterionResult c : assessment.criteria()) {
            points.put(c.code(), c.points());
        }
        String before =
                application.results().total() + " " + application.results().outcome();
        application.recordPanel(
                FormValues.toJson(new LinkedHashMap<>(panelScores)),
                new Results(assessment.total(), assessment.outcome(), assessment.award(), FormValues.toJson(points)),
                clock.instant());

        String note = outcome.criteria().stream()
                        .map(c -> c.criterion().name().zh() + "：" + c.result().points())
                        .collect(Collectors.joining("；"))
                + "；总分 " + assessment.total();
        audit.record(
                reviewer,
                "PANEL_RESULT",
                Timeline.subject(application),
                before,
                assessment.total() + " " + assessment.outcome());
        return applications.step(application, reviewer, Move.CONCLUDE_PANEL, note);
    }

    private static List<Criterion> expertCriteria(ProgramDefinition program) {
        return program.criteria().stream().filter(Criterion::expertJudged).toList();
    }

    private List<PanelAssignment> panelOf(long applicationId) {
        return em.createQuery(
                        "SELECT p FROM PanelAssignment p WHERE p.applicationId = :id ORDER BY p.id",
                        PanelAssignment.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    private PanelAssignment assignment(long applicationId, String expert) {
        return em.createQuery(
                        "SELECT p FROM PanelAssignment p WHERE p.applicationId = :id AND p.expert = :expert",
                        PanelAssignment.class)
                .setParameter("id", applicationId)
                .setParameter("expert", expert)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Application lock(String reviewer, long applicationId, long seenVersion) {
        Application application = applications.lockForReview(reviewer, applicationId, seenVersion);
        if (application.status() != ApplicationStatus.EXPERT_REVIEW) {
            throw new DomainException("panel.notInExpertReview");
        }
        return application;
    }
}
