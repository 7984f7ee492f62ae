package cn.kaifeng.tfs.acceptance.service;

import cn.kaifeng.tfs.acceptance.domain.Acceptance;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceAssignment;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceStatus;
import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.domain.Indicator;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.review.domain.ExpertProfile;
import cn.kaifeng.tfs.review.service.ExpertPoolService;
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
import java.util.List;
import java.util.Map;

/**
 * The acceptance's expert panel: the reviewer assigns experts to the current round (at least the program's
 * {@code review.minExperts}, and never fewer than three), each checked for conflicts by the review's
 * {@code ConflictCheck}; each expert declares their own conflicts before seeing the request, then scores blind (the
 * others' scores only after their own). The panel's score and the conclusion it leads to are
 * {@link Acceptances.Outcome}; confirming it is {@link AcceptanceConclusionService}.
 */
@ApplicationScoped
@Transactional
public class AcceptancePanelService {

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private AccountService accounts;

    @Inject
    private ExpertPoolService pool;

    @Inject
    private Acceptances acceptances;

    @Inject
    private AuditLog audit;

    /** An expert's assignment with the acceptance it is on. */
    public record Assigned(AcceptanceAssignment assignment, Acceptance acceptance) {}

    /**
     * Puts experts on the panel of the acceptance's current round (once it is opened; more may join while it scores,
     * as experts who declare a conflict step back). The first assignment needs the program's minimum of experts.
     */
    public List<AcceptanceAssignment> assign(String reviewer, long applicationId, List<String> experts) {
        Application application = applications.numberedForReviewer(reviewer, applicationId);
        Acceptance acceptance = acceptances.lock(applicationId);
        if (acceptance.status() != AcceptanceStatus.OPENED && acceptance.status() != AcceptanceStatus.PANEL) {
            throw new DomainException("acceptance.notAllowed");
        }
        List<String> chosen = experts.stream()
                .filter(e -> e != null && !e.isBlank())
                .distinct()
                .toList();
        int required = acceptances.required(application);
        if (chosen.isEmpty() || acceptance.status() == AcceptanceStatus.OPENED && chosen.size() < required) {
            throw new DomainException("panel.tooFewExperts", required);
        }
        ExpertPoolService.People people = pool.peopleOf(application);
        List<AcceptanceAssignment> panel = acceptances.panelOf(acceptance);
        List<AcceptanceAssignment> made = new ArrayList<>();
        for (String username : chosen) {
            UserAccount expert = accounts.findByUsername(username)
                    .filter(a -> a.hasRole(Role.EXPERT))
                    .orElseThrow(() -> new DomainException("panel.notAnExpert", username));
            if (panel.stream().anyMatch(p -> p.expert().equals(username))) {
                throw new DomainException("panel.alreadyAssigned", expert.displayName());
            }
            ExpertProfile profile = em.find(ExpertProfile.class, username);
            AcceptanceAssignment assignment = new AcceptanceAssignment(
                    acceptance.id(),
                    acceptance.round(),
                    username,
                    ExpertPoolService.flags(expert, profile == null ? "" : profile.employer(), application, people),
                    reviewer,
                    clock.instant());
            em.persist(assignment);
            made.add(assignment);
        }
        if (acceptance.status() == AcceptanceStatus.OPENED) {
            acceptance.panelAssigned();
        }
        audit.record(
                reviewer,
                "ACCEPTANCE_PANEL_ASSIGNED",
                Acceptances.subject(acceptance),
                null,
                "round " + acceptance.round() + ": " + String.join(", ", chosen));
        return made;
    }

    /** The panel of the current round and its result so far, for the reviewer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Acceptances.Outcome outcome(String reviewer, long applicationId) {
        Application application = applications.numberedForReviewer(reviewer, applicationId);
        Acceptance acceptance =
                acceptances.find(applicationId, false).orElseThrow(() -> new DomainException("acceptance.notFound"));
        return acceptances.outcomeOf(application, acceptance);
    }

    /** An expert's own acceptance assignments, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Assigned> mine(String expert) {
        applications.requireRole(expert, Role.EXPERT);
        return em.createQuery(
                        "SELECT p, a FROM AcceptanceAssignment p, Acceptance a WHERE a.id = p.acceptanceId"
                                + " AND p.expert = :expert ORDER BY p.id DESC",
                        Object[].class)
                .setParameter("expert", expert)
                .getResultStream()
                .map(r -> new Assigned((AcceptanceAssignment) r[0], (Acceptance) r[1]))
                .toList();
    }

    /** One of the expert's own assignments with its acceptance; anyone else's is "not found". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Assigned own(String expert, long assignmentId) {
        applications.requireRole(expert, Role.EXPERT);
        AcceptanceAssignment assignment = em.find(AcceptanceAssignment.class, assignmentId);
        if (assignment == null || !assignment.expert().equals(expert)) {
            throw new DomainException("panel.notFound");
        }
        return new Assigned(assignment, em.find(Acceptance.class, assignment.acceptanceId()));
    }

    /** The agreement (indicators, targets) behind an assignment, only once the expert is cleared. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Agreement agreementFor(String expert, long assignmentId) {
        Assigned assigned = own(expert, assignmentId);
        if (!assigned.assignment().cleared()) {
            throw new DomainException("panel.notCleared");
        }
        return acceptances.agreementOf(assigned.acceptance().applicationId());
    }

    /** The expert's declaration of conflicts, before anything of the request is shown. */
    public AcceptanceAssignment declare(String expert, long assignmentId, boolean conflict, String note) {
        AcceptanceAssignment assignment = lockOwn(expert, assignmentId);
        assignment.declare(conflict, note, clock.instant());
        audit.record(
                expert,
                "ACCEPTANCE_CONFLICT_DECLARED",
                Acceptances.subject(em.find(Acceptance.class, assignment.acceptanceId())),
                null,
                conflict ? "conflict: " + assignment.declarationNote() : "no conflict");
        return assignment;
    }

    /** The expert's scores, out of 100 for each indicator, while the panel of the assignment's round scores. */
    public AcceptanceAssignment score(
            String expert, long assignmentId, Map<String, BigDecimal> scores, String comment) {
        AcceptanceAssignment assignment = lockOwn(expert, assignmentId);
        Acceptance acceptance = em.find(Acceptance.class, assignment.acceptanceId(), LockModeType.PESSIMISTIC_WRITE);
        if (acceptance.status() != AcceptanceStatus.PANEL || acceptance.round() != assignment.round()) {
            throw new DomainException("acceptance.notScoring");
        }
        List<String> codes = acceptances.agreementOf(acceptance.applicationId()).indicators().stream()
                .map(Indicator::code)
                .toList();
        assignment.submit(codes, scores, comment, clock.instant());
        audit.record(
                expert,
                "ACCEPTANCE_SCORED",
                Acceptances.subject(acceptance),
                null,
                assignment.scores() + " = " + assignment.expertScore().toPlainString());
        return assignment;
    }

    /** The other experts' scores on the same round: only for an expert who has submitted their own (blind until). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AcceptanceAssignment> othersFor(String expert, long assignmentId) {
        Assigned assigned = own(expert, assignmentId);
        if (!assigned.assignment().submitted()) {
            throw new DomainException("panel.submitFirst");
        }
        return acceptances.panelOf(assigned.acceptance()).stream()
                .filter(p -> p.round() == assigned.assignment().round())
                .filter(p ->
                        p.submitted() && !p.id().equals(assigned.assignment().id()))
                .toList();
    }

    private AcceptanceAssignment lockOwn(String expert, long assignmentId) {
        applications.requireRole(expert, Role.EXPERT);
        AcceptanceAssignment assignment =
                em.find(AcceptanceAssignment.class, assignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (assignment == null || !assignment.expert().equals(expert)) {
            throw new DomainException("panel.notFound");
        }
        return assignment;
    }
}
