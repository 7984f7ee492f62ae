package cn.kaifeng.tfs.review.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.attachment.domain.Attachment;
import cn.kaifeng.tfs.attachment.service.AttachmentService;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationEvent;
import cn.kaifeng.tfs.casefile.domain.ApplicationRevision;
import cn.kaifeng.tfs.casefile.domain.Move;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.casefile.service.FormValues;
import cn.kaifeng.tfs.casefile.service.Timeline;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a reviewer does with an application. Each step locks the application, checks that it is still the version
 * the reviewer was looking at (two reviewers acting at once: the second is told someone else acted first, rather
 * than silently undoing them), takes the step through the state machine and records it.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    /** The key of reasons that concern the application as a whole rather than one required item. */
    public static final String GENERAL = "general";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private AttachmentService attachments;

    @Inject
    private Timeline timeline;

    /** An application as a reviewer opens it (any organisation's, once submitted), with its organisation. */
    public Application open(String reviewer, long id) {
        applications.requireRole(reviewer, Role.REVIEWER);
        return em.createQuery(
                        "SELECT a FROM Application a JOIN FETCH a.organisation WHERE a.id = :id AND a.number IS NOT NULL",
                        Application.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException("application.notFound"));
    }

    /** The case as the workbench shows it: read, parsed and assessed once (see {@link ReviewCase}). */
    public ReviewCase caseOf(String reviewer, long id) {
        Application application = open(reviewer, id);
        ProgramDefinition program = applications.programOf(application);
        Map<String, Object> values = applications.valuesOf(application);
        Organisation organisation = application.organisation();
        return new ReviewCase(
                application.id(),
                application.number(),
                organisation.id(),
                organisation.name(),
                organisation.creditCode() == null
                        ? null
                        : organisation.creditCode().value(),
                program.code(),
                program.version(),
                application.status(),
                application.rowVersion(),
                values,
                applications.profileSnapshotOf(application),
                applications.assessmentOf(application, values),
                attachments.current(id).stream().map(ReviewCase.CaseFile::of).toList(),
                application.results().award(),
                application.decision().proposedAmount(),
                application.decision().noticeEndsAt(),
                application.decision().decidedAmount(),
                application.decision().decidedBy());
    }

    /** Takes a submitted application into review: formal review, or the next step its program has. */
    public Application startReview(String reviewer, long id, long seenVersion) {
        return step(reviewer, id, seenVersion, Move.START_REVIEW, null);
    }

    public Application passFormalReview(String reviewer, long id, long seenVersion) {
        return step(reviewer, id, seenVersion, Move.PASS_FORMAL_REVIEW, null);
    }

    /**
     * Returns the application to the applicant with a reason per item (a required material's field code, or
     * {@link #GENERAL}); at least one reason is needed. The version as submitted is kept, with its attachments.
     */
    public Application returnForRevision(String reviewer, long id, long seenVersion, Map<String, String> reasons) {
        Map<String, String> given = given(reasons);
        if (given.isEmpty()) {
            throw new DomainException("review.reasonRequired");
        }
        Application application = applications.lockForReview(reviewer, id, seenVersion);
        ProgramDefinition program = applications.programOf(application);
        String attachmentIds = FormValues.toJson(Map.of(
                "ids", attachments.current(id).stream().map(Attachment::id).toList()));
        String reasonsJson = FormValues.toJson(new LinkedHashMap<>(given));
        em.persist(new ApplicationRevision(application, attachmentIds, reasonsJson, reviewer, clock.instant()));
        return applications.step(application, reviewer, Move.RETURN_FOR_REVISION, reasonsText(program, given));
    }

    /** Rejects the application (in formal review, or after scoring, or at decision) with a reason. */
    public Application reject(String reviewer, long id, long seenVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("review.reasonRequired");
        }
        return step(reviewer, id, seenVersion, Move.REJECT, reason.strip());
    }

    /** The steps the application took so far, oldest first. */
    public List<ApplicationEvent> timeline(String reviewer, long id) {
        open(reviewer, id);
        return timeline.of(id);
    }

    /** The revisions returned so far, oldest first. */
    public List<ApplicationRevision> revisions(String reviewer, long id) {
        open(reviewer, id);
        return em.createQuery(
                        "SELECT r FROM ApplicationRevision r WHERE r.applicationId = :id ORDER BY r.revision",
                        ApplicationRevision.class)
                .setParameter("id", id)
                .getResultList();
    }

    private Application step(String reviewer, long id, long seenVersion, Move move, String note) {
        return applications.step(applications.lockForReview(reviewer, id, seenVersion), reviewer, move, note);
    }

    private static Map<String, String> given(Map<String, String> reasons) {
        Map<String, String> given = new LinkedHashMap<>();
        reasons.forEach((item, reason) -> {
            if (reason != null && !reason.isBlank()) {
                given.put(item, reason.strip());
            }
        });
        return given;
    }

    /** The reasons as the timeline shows them: "item: reason" per line, items named as the program names them. */
    private static String reasonsText(ProgramDefinition program, Map<String, String> reasons) {
        return reasons.entrySet().stream()
                .map(e -> program.field(e.getKey()).map(f -> f.label().zh()).orElse("其他") + "：" + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
