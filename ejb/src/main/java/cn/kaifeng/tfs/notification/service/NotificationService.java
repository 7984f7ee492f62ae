package cn.kaifeng.tfs.notification.service;

import cn.kaifeng.tfs.acceptance.service.AcceptanceConcluded;
import cn.kaifeng.tfs.acceptance.service.RectificationDeadlinePassed;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.service.CaseMoved;
import cn.kaifeng.tfs.matching.service.ProgramMatched;
import cn.kaifeng.tfs.matching.service.SupportProposed;
import cn.kaifeng.tfs.monitoring.service.ReportDueDateNeared;
import cn.kaifeng.tfs.monitoring.service.ReportDueDatePassed;
import cn.kaifeng.tfs.notification.domain.Notification;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.verification.service.ClaimDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Tells applicant organisations what happened to their applications, and what they have not read yet. */
@ApplicationScoped
@Transactional
public class NotificationService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private ProgramService programs;

    /**
     * An application took a step: its organisation is told. Observed in the step's own transaction (the observer is
     * called as the event is fired), so a step that rolls back tells nobody.
     */
    public void caseMoved(@Observes CaseMoved moved) {
        em.persist(new Notification(
                moved.organisationId(),
                moved.applicationId(),
                moved.step(),
                ApplicationStatus.valueOf(moved.status()),
                moved.at()));
    }

    /**
     * The acceptance of an award was concluded (通过, 限期整改 or 不通过): the organisation is told on the application,
     * in the conclusion's transaction like a step of the case.
     */
    public void acceptanceConcluded(@Observes AcceptanceConcluded concluded) {
        Application application = em.find(Application.class, concluded.applicationId());
        em.persist(new Notification(
                application.organisation().id(),
                application.id(),
                "ACCEPTANCE_" + concluded.conclusion().name(),
                application.status(),
                clock.instant()));
    }

    /** The bureau decided the organisation's claim to its credit code: the organisation is told. */
    public void claimDecided(@Observes ClaimDecided decided) {
        em.persist(Notification.aboutOrganisation(
                decided.organisationId(), "CLAIM_" + decided.status().name(), decided.at()));
    }

    /**
     * A first match of the organisation with a program version (once per version: matching stores the notice key
     * before firing): the organisation is told to look at its home.
     */
    public void programMatched(@Observes ProgramMatched matched) {
        em.persist(Notification.aboutProgram(
                matched.organisationId(), "MATCH_" + matched.verdict().name(), matched.programCode(), matched.at()));
    }

    /** The bureau proposes support without application: the organisation is asked to confirm on its home. */
    public void supportProposed(@Observes SupportProposed proposed) {
        em.persist(Notification.aboutProgram(
                proposed.organisationId(), "PROPOSAL", proposed.programCode(), proposed.at()));
    }

    /**
     * A progress report of the organisation's award falls due within a week: the organisation is reminded. Once per
     * report: the reminder run stores the report's key before firing, in this same transaction.
     */
    public void reportFellDue(@Observes ReportDueDateNeared due) {
        em.persist(Notification.aboutReport(due.organisationId(), due.applicationId(), "REPORT_DUE", due.at()));
    }

    /** A progress report of the organisation's award is overdue: the organisation is told (once per report). */
    public void reportWentOverdue(@Observes ReportDueDatePassed overdue) {
        em.persist(Notification.aboutReport(
                overdue.organisationId(), overdue.applicationId(), "REPORT_OVERDUE", overdue.at()));
    }

    /**
     * The deadline of a 限期整改 passed without a second acceptance request: the organisation is told (once: the
     * daily run marks the acceptance before firing, in this same transaction) that the bureau may now conclude 不通过.
     */
    public void rectificationDeadlinePassed(@Observes RectificationDeadlinePassed passed) {
        em.persist(Notification.aboutReport(
                passed.organisationId(), passed.applicationId(), "ACCEPTANCE_RECTIFY_OVERDUE", passed.at()));
    }

    /**
     * One notification as listed, with the number of the application it is about (null for the organisation), and
     * the name of the program a notice about a program names (null for the others).
     */
    public record Row(Notification notification, String applicationNumber, LocalizedText programName) {}

    /** The newest notifications of the caller's organisation (at most 100). */
    public List<Row> mine(String username) {
        return organisationOf(username)
                .map(organisation -> em
                        .createQuery(
                                "SELECT n, a.number FROM Notification n LEFT JOIN Application a ON a.id = n.applicationId"
                                        + " WHERE n.organisationId = :organisation ORDER BY n.createdAt DESC, n.id DESC",
                                Object[].class)
                        .setParameter("organisation", organisation)
                        .setMaxResults(100)
                        .getResultList()
                        .stream()
                        .map(row -> new Row((Notification) row[0], (String) row[1], programName((Notification) row[0])))
                        .toList())
                .orElse(List.of());
    }

    private LocalizedText programName(Notification n) {
        return n.subject() == null
                ? null
                : programs.current(n.subject())
                        .map(ProgramDefinition::name)
                        .orElse(new LocalizedText(n.subject(), null));
    }

    public long unread(String username) {
        return organisationOf(username)
                .map(organisation -> em.createQuery(
                                "SELECT COUNT(n) FROM Notification n WHERE n.organisationId = :organisation"
                                        + " AND n.readAt IS NULL",
                                Long.class)
                        .setParameter("organisation", organisation)
                        .getSingleResult())
                .orElse(0L);
    }

    public void markAllRead(String username) {
        Instant now = clock.instant();
        organisationOf(username)
                .ifPresent(organisation -> em.createQuery(
                                "SELECT n FROM Notification n WHERE n.organisationId = :organisation"
                                        + " AND n.readAt IS NULL",
                                Notification.class)
                        .setParameter("organisation", organisation)
                        .getResultList()
                        .forEach(n -> n.markRead(now)));
    }

    private Optional<Long> organisationOf(String username) {
        return accounts.applicantOrganisation(username).map(o -> o.id());
    }
}
