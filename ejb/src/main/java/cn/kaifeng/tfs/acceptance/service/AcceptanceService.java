package cn.kaifeng.tfs.acceptance.service;

import cn.kaifeng.tfs.acceptance.domain.Acceptance;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceAssignment;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceStatus;
import cn.kaifeng.tfs.acceptance.domain.Conclusion;
import cn.kaifeng.tfs.acceptance.domain.ConclusionRule;
import cn.kaifeng.tfs.acceptance.domain.EvaluationLine;
import cn.kaifeng.tfs.acceptance.domain.PerformanceEvaluation;
import cn.kaifeng.tfs.acceptance.domain.PerformanceScore;
import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.domain.AgreementStatus;
import cn.kaifeng.tfs.agreement.domain.Indicator;
import cn.kaifeng.tfs.agreement.service.AgreementService;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.payment.domain.PaymentFileWriter;
import cn.kaifeng.tfs.program.domain.AcceptanceTerms;
import cn.kaifeng.tfs.program.domain.AgreementTemplate;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.ReviewPath;
import cn.kaifeng.tfs.program.domain.TrancheCondition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.recovery.domain.RecoveryReason;
import cn.kaifeng.tfs.recovery.service.RecoveryService;
import cn.kaifeng.tfs.review.domain.ExpertProfile;
import cn.kaifeng.tfs.review.domain.PanelScore;
import cn.kaifeng.tfs.review.service.ExpertPoolService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The acceptance (验收) of a project under a signed agreement. The applicant requests it with the values achieved;
 * the reviewer opens it and assigns a panel of experts (at least the program's {@code review.minExperts}, and never
 * fewer than three), each checked for conflicts by the review's {@code ConflictCheck} and declaring their own before
 * they see the request; the experts score blind (the others' scores only after their own); the panel's score is
 * the review's {@link PanelScore} over the experts' scores (trimmed with five or more when the program's review
 * says so); the reviewer confirms the conclusion it leads to under the program's {@link AcceptanceTerms}. In the
 * same transaction a pass meets the agreement's acceptance condition (the last tranche falls due and the payments
 * above turn it into a payment request), a failure opens a recovery order for what may be recovered, a final
 * conclusion stores the performance evaluation with the organisation, and {@link AcceptanceConcluded} is fired.
 */
@ApplicationScoped
@Transactional
public class AcceptanceService {

    /** Conclusion and due dates are Beijing dates, as the bureau's letters are dated. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private AccountService accounts;

    @Inject
    private AgreementService agreements;

    @Inject
    private RecoveryService recoveries;

    @Inject
    private ProgramService programs;

    @Inject
    private ExpertPoolService pool;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<AcceptanceConcluded> concluded;

    @Inject
    private cn.kaifeng.tfs.letter.service.NoticeService notices;

    /** An expert's assignment with the acceptance it is on. */
    public record Assigned(AcceptanceAssignment assignment, Acceptance acceptance) {}

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

    // ------------------------------------------------------------------ the applicant

    /**
     * The applicant's acceptance request on its own signed agreement: a value achieved for every indicator and a
     * summary. Also a correction before the reviewer opens it, and the second request after a 限期整改 (before
     * its deadline).
     */
    public Acceptance request(String applicant, long applicationId, Map<String, BigDecimal> achieved, String summary) {
        applications.lockMine(applicant, applicationId);
        Agreement agreement = agreements
                .forApplication(applicant, applicationId)
                .map(AgreementService.View::agreement)
                .filter(a -> a.status() == AgreementStatus.SIGNED)
                .orElseThrow(() -> new DomainException("acceptance.agreementNotSigned"));
        List<String> codes =
                agreement.indicators().stream().map(Indicator::code).toList();
        Optional<Acceptance> existing = find(applicationId, true);
        Acceptance acceptance;
        if (existing.isPresent()) {
            acceptance = existing.get();
            if (acceptance.status() == AcceptanceStatus.RECTIFYING && today().isAfter(acceptance.rectifyBy())) {
                throw new DomainException(
                        "acceptance.rectifyOverdue", acceptance.rectifyBy().toString());
            }
            acceptance.requestAgain(codes, achieved, summary, applicant, clock.instant());
        } else {
            acceptance = new Acceptance(
                    new Acceptance.Case(
                            agreement.applicationId(),
                            agreement.organisationId(),
                            agreement.organisationName(),
                            agreement.caseNumber(),
                            agreement.programCode(),
                            agreement.programVersion()),
                    codes,
                    achieved,
                    summary,
                    applicant,
                    clock.instant());
            em.persist(acceptance);
        }
        audit.record(
                applicant,
                "ACCEPTANCE_REQUESTED",
                subject(acceptance),
                null,
                "round " + acceptance.round() + " " + acceptance.achieved());
        return acceptance;
    }

    /** The acceptance of one of the caller's own applications; empty when none was requested. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Acceptance> forApplicant(String applicant, long applicationId) {
        applications.mine(applicant, applicationId);
        return find(applicationId, false);
    }

    /** The performance evaluation of one of the caller's own applications, once its acceptance is final. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PerformanceEvaluation> evaluationForApplicant(String applicant, long applicationId) {
        applications.mine(applicant, applicationId);
        return evaluation(applicationId);
    }

    // ------------------------------------------------------------------ the reviewer

    /** Every acceptance, newest request first, for the bureau's list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Acceptance> list(String reviewer) {
        applications.requireRole(reviewer, Role.REVIEWER);
        return em.createQuery("SELECT a FROM Acceptance a ORDER BY a.submittedAt DESC, a.id DESC", Acceptance.class)
                .setMaxResults(500)
                .getResultList();
    }

    /** The header of the list's CSV export. */
    public static final String CSV_HEADER =
            "application_number,organisation,program,round,status,requested_at,panel_score,conclusion,concluded_on,"
                    + "rectify_by";

    /**
     * The bureau's list as CSV (UTF-8, CRLF, RFC 4180) for a spreadsheet: cells quoted and formulas neutralised by
     * the payment file's rule, since an organisation's name is typed by the applicant.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] csv(String reviewer) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (Acceptance a : list(reviewer)) {
            out.append(String.join(
                            ",",
                            PaymentFileWriter.cell(a.caseNumber()),
                            PaymentFileWriter.cell(a.organisationName()),
                            PaymentFileWriter.cell(a.programCode()),
                            String.valueOf(a.round()),
                            a.status().name(),
                            a.submittedAt().toString(),
                            a.panelScore() == null ? "" : a.panelScore().toPlainString(),
                            a.conclusion() == null ? "" : a.conclusion().name(),
                            a.concludedOn() == null ? "" : a.concludedOn().toString(),
                            a.rectifyBy() == null ? "" : a.rectifyBy().toString()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The acceptance of an application, for the reviewer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Acceptance forReviewer(String reviewer, long applicationId) {
        applications.numberedForReviewer(reviewer, applicationId);
        return find(applicationId, false).orElseThrow(() -> new DomainException("acceptance.notFound"));
    }

    /** The agreement the acceptance measures the project against (its indicators and targets). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Agreement agreementForReviewer(String reviewer, long applicationId) {
        return agreements.forReviewer(reviewer, applicationId).agreement();
    }

    /** The reviewer opens a requested acceptance: a panel may now be assigned. */
    public Acceptance open(String reviewer, long applicationId) {
        applications.numberedForReviewer(reviewer, applicationId);
        Acceptance acceptance = lock(applicationId);
        acceptance.open(reviewer, clock.instant());
        audit.record(reviewer, "ACCEPTANCE_OPENED", subject(acceptance), null, "round " + acceptance.round());
        return acceptance;
    }

    /**
     * Puts experts on the panel of the acceptance's current round (once it is opened; more may join while it scores,
     * as experts who declare a conflict step back). The first assignment needs the program's minimum of experts.
     */
    public List<AcceptanceAssignment> assign(String reviewer, long applicationId, List<String> experts) {
        Application application = applications.numberedForReviewer(reviewer, applicationId);
        Acceptance acceptance = lock(applicationId);
        if (acceptance.status() != AcceptanceStatus.OPENED && acceptance.status() != AcceptanceStatus.PANEL) {
            throw new DomainException("acceptance.notAllowed");
        }
        List<String> chosen = experts.stream()
                .filter(e -> e != null && !e.isBlank())
                .distinct()
                .toList();
        int required = required(application);
        if (acceptance.status() == AcceptanceStatus.OPENED && chosen.size() < required) {
            throw new DomainException("panel.tooFewExperts", required);
        }
        if (chosen.isEmpty()) {
            throw new DomainException("panel.tooFewExperts", required);
        }
        ExpertPoolService.People people = pool.peopleOf(application);
        List<AcceptanceAssignment> made = new ArrayList<>();
        for (String username : chosen) {
            UserAccount expert = accounts.findByUsername(username)
                    .filter(a -> a.hasRole(Role.EXPERT))
                    .orElseThrow(() -> new DomainException("panel.notAnExpert", username));
            boolean already =
                    panelOf(acceptance).stream().anyMatch(p -> p.expert().equals(username));
            if (already) {
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
                subject(acceptance),
                null,
                "round " + acceptance.round() + ": " + String.join(", ", chosen));
        return made;
    }

    /** The panel of the current round and its result so far, for the reviewer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Outcome outcome(String reviewer, long applicationId) {
        Application application = applications.numberedForReviewer(reviewer, applicationId);
        Acceptance acceptance =
                find(applicationId, false).orElseThrow(() -> new DomainException("acceptance.notFound"));
        return outcomeOf(application, acceptance);
    }

    /**
     * The reviewer confirms the conclusion the panel's score leads to, on the acceptance as the reviewer saw it
     * ({@code seenVersion}). A pass meets the agreement's acceptance condition; a failure opens a recovery order for
     * what may be recovered, due after the program's days; a final conclusion stores the performance evaluation.
     * All in this transaction, with {@link AcceptanceConcluded} fired last.
     */
    public Acceptance conclude(String reviewer, long applicationId, long seenVersion) {
        Application application = applications.numberedForReviewer(reviewer, applicationId);
        Acceptance acceptance = lock(applicationId);
        if (acceptance.rowVersion() != seenVersion) {
            throw new DomainException("acceptance.changedMeanwhile");
        }
        if (acceptance.status() != AcceptanceStatus.PANEL) {
            throw new DomainException("acceptance.notAllowed");
        }
        Outcome outcome = outcomeOf(application, acceptance);
        if (!outcome.enoughScores()) {
            throw new DomainException("panel.tooFewScores", outcome.required(), outcome.scored());
        }
        BigDecimal score = outcome.result().points();
        Conclusion conclusion = outcome.proposed();
        LocalDate today = today();
        acceptance.conclude(conclusion, score, reviewer, today, outcome.terms().rectifyMonths());
        audit.record(
                reviewer,
                "ACCEPTANCE_CONCLUDED",
                subject(acceptance),
                null,
                "round " + acceptance.round() + " " + conclusion + " panel " + score.toPlainString()
                        + (acceptance.rectifyBy() == null ? "" : " rectify by " + acceptance.rectifyBy()));
        switch (conclusion) {
            case PASSED -> agreements.conditionMet(applicationId, TrancheCondition.AFTER_ACCEPTANCE, reviewer);
            case FAILED -> openRecovery(reviewer, applicationId, score, today, outcome.terms());
            case RECTIFY -> {
                // nothing is paid or recovered while the project rectifies: its second request decides
            }
        }
        if (acceptance.isFinal()) {
            evaluate(reviewer, acceptance, today);
        }
        // the conclusion notice (验收结论), numbered and signed like a letter, in this transaction: if it cannot be
        // signed, nothing was concluded
        notices.issueAcceptanceConclusion(
                reviewer,
                applicationId,
                acceptance.conclusionKey(),
                conclusion.inWords(acceptance.rectifyBy()),
                score,
                today);
        concluded.fire(new AcceptanceConcluded(applicationId, conclusion, today, score));
        return acceptance;
    }

    /** An organisation's past performance evaluations, newest first, for the reviewers of its later applications. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PerformanceEvaluation> evaluationsOf(String reviewer, long organisationId) {
        applications.requireRole(reviewer, Role.REVIEWER);
        return em.createQuery(
                        "SELECT e FROM PerformanceEvaluation e WHERE e.organisationId = :o"
                                + " ORDER BY e.evaluatedOn DESC, e.id DESC",
                        PerformanceEvaluation.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    /** The performance evaluation of an application, for the reviewer; empty before the acceptance is final. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PerformanceEvaluation> evaluationForReviewer(String reviewer, long applicationId) {
        applications.requireRole(reviewer, Role.REVIEWER);
        return evaluation(applicationId);
    }

    // ------------------------------------------------------------------ the experts

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
        return agreementOf(assigned.acceptance().applicationId());
    }

    /** The expert's declaration of conflicts, before anything of the request is shown. */
    public AcceptanceAssignment declare(String expert, long assignmentId, boolean conflict, String note) {
        AcceptanceAssignment assignment = lockOwn(expert, assignmentId);
        assignment.declare(conflict, note, clock.instant());
        audit.record(
                expert,
                "ACCEPTANCE_CONFLICT_DECLARED",
                "application:"
                        + em.find(Acceptance.class, assignment.acceptanceId()).applicationId(),
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
        List<String> codes = agreementOf(acceptance.applicationId()).indicators().stream()
                .map(Indicator::code)
                .toList();
        assignment.submit(codes, scores, comment, clock.instant());
        audit.record(
                expert,
                "ACCEPTANCE_SCORED",
                subject(acceptance),
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
        return panelOf(assigned.acceptance()).stream()
                .filter(p -> p.round() == assigned.assignment().round())
                .filter(p ->
                        p.submitted() && !p.id().equals(assigned.assignment().id()))
                .toList();
    }

    // ------------------------------------------------------------------ helpers

    private Outcome outcomeOf(Application application, Acceptance acceptance) {
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

    private int required(Application application) {
        return Math.max(applications.programOf(application).reviewPath().minExperts(), PanelScore.MIN_EXPERTS);
    }

    /** The terms of the program version the agreement was drafted under (defaults for a version without them). */
    private AcceptanceTerms termsOf(Acceptance acceptance) {
        return programs.version(acceptance.programCode(), acceptance.programVersion())
                .flatMap(ProgramDefinition::agreementTemplate)
                .map(AgreementTemplate::acceptance)
                .orElse(AcceptanceTerms.DEFAULTS);
    }

    private void openRecovery(
            String reviewer, long applicationId, BigDecimal score, LocalDate today, AcceptanceTerms terms) {
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
                "验收不通过（专家组评分 " + score.toPlainString() + "）",
                today.plusDays(terms.recoveryDueDays()));
    }

    private void evaluate(String reviewer, Acceptance acceptance, LocalDate today) {
        Agreement agreement = agreementOf(acceptance.applicationId());
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

    private Agreement agreementOf(long applicationId) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.applicationId = :id", Agreement.class)
                .setParameter("id", applicationId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException("agreement.notFound"));
    }

    private Optional<PerformanceEvaluation> evaluation(long applicationId) {
        return em.createQuery(
                        "SELECT e FROM PerformanceEvaluation e WHERE e.applicationId = :id",
                        PerformanceEvaluation.class)
                .setParameter("id", applicationId)
                .getResultStream()
                .findFirst();
    }

    private List<AcceptanceAssignment> panelOf(Acceptance acceptance) {
        return em.createQuery(
                        "SELECT p FROM AcceptanceAssignment p WHERE p.acceptanceId = :id AND p.round = :round"
                                + " ORDER BY p.id",
                        AcceptanceAssignment.class)
                .setParameter("id", acceptance.id())
                .setParameter("round", acceptance.round())
                .getResultList();
    }

    private Optional<Acceptance> find(long applicationId, boolean locked) {
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

    private Acceptance lock(long applicationId) {
        return find(applicationId, true).orElseThrow(() -> new DomainException("acceptance.notFound"));
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

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    private static String subject(Acceptance acceptance) {
        // the case's subject, so the acceptance's steps read with the case's in the audit trail
        return "application:" + acceptance.applicationId();
    }
}
