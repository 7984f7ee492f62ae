package cn.kaifeng.tfs.casefile.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationEvent;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.domain.FormCheck;
import cn.kaifeng.tfs.casefile.domain.Move;
import cn.kaifeng.tfs.casefile.domain.Results;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.Assessor;
import cn.kaifeng.tfs.program.domain.CriterionResult;
import cn.kaifeng.tfs.program.domain.ProfileFill;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.expression.Facts;
import cn.kaifeng.tfs.program.service.DryRuns;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an applicant does with applications. Every method takes the caller's username and only ever touches
 * applications of the caller's own organisation: another organisation's application is "not found", exactly
 * like one that does not exist, so ids cannot be probed.
 */
@ApplicationScoped
@Transactional
public class ApplicationService implements DryRuns {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    /** Application numbers and "today" follow Beijing time, whatever the server's zone. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    private ClearedExperts clearedExperts;

    @Inject
    private FileCounts fileCounts;

    @Inject
    private CreditBars creditBars;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private ProgramService catalog;

    @Inject
    private NumberCounters counters;

    @Inject
    private cn.kaifeng.tfs.organisation.service.ProfileService profiles;

    @Inject
    private Timeline timeline;

    /**
     * Starts a draft for the current version of an open program, with every field whose profile fact the profile
     * states already filled in (the definition's {@code profile:} keys), for the applicant to check.
     */
    public Application start(String username, String programCode) {
        Organisation organisation = applicantOrganisation(username);
        requireNoCreditBar(organisation);
        ProgramDefinition program = catalog.current(programCode)
                .filter(p -> p.openOn(LocalDate.now(clock.withZone(CHINA))) && p.openTo(organisation.kind()))
                .orElseThrow(() -> new DomainException("application.programClosed"));
        Application application = new Application(
                organisation, username, program.code(), program.version(), program.contentHash(), clock.instant());
        Map<String, Object> known = ProfileFill.values(program, profiles.facts(organisation));
        if (!known.isEmpty()) {
            application.saveDraft(FormValues.toJson(known), clock.instant());
        }
        em.persist(application);
        em.flush();
        timeline.created(application, username);
        return application;
    }

    public Application mine(String username, long id) {
        Application application = em.find(Application.class, id);
        requireOwn(username, application);
        return application;
    }

    /** The caller's own application, locked until the transaction ends (for changes that must not interleave). */
    public Application lockMine(String username, long id) {
        Application application = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        requireOwn(username, application);
        return application;
    }

    /** A submitted (numbered) application with its organisation, for a reviewer; not found for anyone else. */
    public Application numberedForReviewer(String reviewer, long id) {
        requireRole(reviewer, Role.REVIEWER);
        return em.createQuery(
                        "SELECT a FROM Application a JOIN FETCH a.organisation WHERE a.id = :id AND a.number IS NOT NULL",
                        Application.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException("application.notFound"));
    }

    /**
     * A submitted application locked for a reviewer's step, provided it is still the version the reviewer was
     * looking at: of two reviewers acting at once, the second is told someone acted first instead of silently
     * undoing them.
     */
    public Application lockForReview(String reviewer, long id, long seenVersion) {
        requireRole(reviewer, Role.REVIEWER);
        Application application = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || application.number() == null) {
            throw new DomainException("application.notFound");
        }
        if (application.rowVersion() != seenVersion) {
            throw new DomainException("review.changedMeanwhile", application.number());
        }
        return application;
    }

    /** Takes one step of the life cycle and records it (timeline, notification, audit). */
    public Application step(Application application, String actor, Move move, String note) {
        ApplicationStatus before = application.take(move, programOf(application).reviewPath(), clock.instant());
        timeline.moved(application, move, before, actor, note);
        return application;
    }

    /** Whether the user may read this application: its own organisation's applicants, and reviewers. */
    public boolean canRead(String username, Application application) {
        UserAccount account = accounts.findByUsername(username).orElse(null);
        if (account == null || application == null) {
            return false;
        }
        if (account.hasRole(Role.REVIEWER)) {
            return true;
        }
        if (account.hasRole(Role.EXPERT) && clearedExperts.includes(username, application.id())) {
            return true;
        }
        return account.hasRole(Role.APPLICANT) && application.belongsTo(account.organisation());
    }

    /**
     * Whether this user may open the application's files. Its own organisation always; the bureau and its cleared
     * experts only once the files were given to the bureau, and not after they were taken back: a draft never
     * submitted is the applicant's alone, and a withdrawn application's files are no longer the bureau's to read.
     */
    public boolean canReadFiles(String username, Application application) {
        if (!canRead(username, application)) {
            return false;
        }
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        if (account.hasRole(Role.APPLICANT) && application.belongsTo(account.organisation())) {
            return true;
        }
        return application.submittedAt() != null && application.status() != ApplicationStatus.WITHDRAWN;
    }

    public List<Application> listMine(String username) {
        Organisation organisation = applicantOrganisation(username);
        return em.createQuery(
                        "SELECT a FROM Application a WHERE a.organisation = :organisation ORDER BY a.updatedAt DESC",
                        Application.class)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    public ProgramDefinition programOf(Application application) {
        return catalog.version(application.programCode(), application.programVersion())
                .orElseThrow();
    }

    /** The profile the application was submitted with; empty for a draft. */
    public Map<String, Object> profileSnapshotOf(Application application) {
        return application.profileSnapshot() == null ? Map.of() : FormValues.fromJson(application.profileSnapshot());
    }

    public Map<String, Object> valuesOf(Application application) {
        return FormValues.fromJson(application.formValues());
    }

    public void saveDraft(String username, long id, Map<String, Object> values) {
        Application application = mine(username, id);
        application.saveDraft(FormValues.toJson(values), clock.instant());
    }

    /** The panel's points per expert criterion, once it has concluded; empty before. */
    public Map<String, BigDecimal> panelScoresOf(Application application) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        if (application.panel().panelScores() != null) {
            FormValues.fromJson(application.panel().panelScores())
                    .forEach((code, value) -> scores.put(code, new BigDecimal(String.valueOf(value))));
        }
        return scores;
    }

    /** The assessment of the application as it stands: its values, with the panel's points once it has them. */
    public Assessment assessmentOf(Application application) {
        return assessmentOf(application, valuesOf(application));
    }

    /** The same, from values the caller has already read ({@link #valuesOf}), so they are parsed once. */
    public Assessment assessmentOf(Application application, Map<String, Object> values) {
        return Assessor.assess(programOf(application), Facts.of(values), panelScoresOf(application));
    }

    /** What the assessment would say now: for the live pre-check on the form. Stores nothing. */
    public Assessment preCheck(ProgramDefinition program, Map<String, Object> values) {
        return Assessor.assess(program, Facts.of(values));
    }

    /**
     * Submits the application with these values, or resubmits it after a return for revision. Idempotent: the
     * application row is locked, and an application already with the bureau (a double click, a second tab, a
     * retry) is returned as it is, with its one number.
     */
    public Application submit(String username, long id, Map<String, Object> values) {
        Application application = lockMine(username, id);
        if (!application.editable() && application.number() != null) {
            return application;
        }
        // a claimant whose credit code the bureau has not verified may prepare, not submit (issue 25)
        application.organisation().requireIdentityProven();
        requireNoCreditBar(application.organisation());
        ProgramDefinition program = programOf(application);
        List<FormCheck.Problem> problems = FormCheck.problems(program, values, fileCounts.of(id));
        if (!problems.isEmpty()) {
            throw new IncompleteApplicationException(problems);
        }
        Instant now = clock.instant();
        application.saveDraft(FormValues.toJson(values), now);
        Assessment assessment = Assessor.assess(program, Facts.of(values));
        Map<String, Object> points = new LinkedHashMap<>();
        for (CriterionResult c : assessment.criteria()) {
            points.put(c.code(), c.points());
        }
        String number = application.number() != null
                ? null
                : counters.next(
                        program.numberPrefix(),
                        LocalDate.now(clock.withZone(CHINA)).getYear());
        ApplicationStatus before = application.status();
        Map<String, Object> profile = profiles.snapshot(application.organisation());
        application.file(
                profile.get("district") == null ? null : profile.get("district").toString(),
                values.get("techField") == null ? null : values.get("techField").toString());
        Move move = application.submit(
                number,
                new Results(assessment.total(), assessment.outcome(), assessment.award(), FormValues.toJson(points)),
                FormValues.toJson(profile),
                program.reviewPath(),
                now);
        timeline.moved(application, move, before, username, application.number());
        return application;
    }

    public void withdraw(String username, long id) {
        step(lockMine(username, id), username, Move.WITHDRAW, null);
    }

    public List<ApplicationEvent> timeline(String username, long id) {
        mine(username, id);
        return timeline.of(id);
    }

    /** Applications of a program that are with the bureau, undecided: what a draft version's dry run re-scores. */
    public List<Application> submittedTo(String programCode) {
        return em.createQuery(
                        "SELECT a FROM Application a WHERE a.programCode = :code AND a.status IN :statuses ORDER BY a.number",
                        Application.class)
                .setParameter("code", programCode)
                .setParameter("statuses", IN_REVIEW)
                .getResultList();
    }

    private static final List<ApplicationStatus> IN_REVIEW = java.util.Arrays.stream(ApplicationStatus.values())
            .filter(ApplicationStatus::inReview)
            .toList();

    /** Applications of every organisation that have been submitted, newest first: the reviewers' list. */
    public List<Application> submitted(String reviewer) {
        requireRole(reviewer, Role.REVIEWER);
        return em.createQuery(
                        "SELECT a FROM Application a JOIN FETCH a.organisation WHERE a.number IS NOT NULL"
                                + " ORDER BY a.submittedAt DESC",
                        Application.class)
                .setMaxResults(500)
                .getResultList();
    }

    /**
     * A reviewer's explicit re-scoring of a submitted application under the program's current published version.
     * The recorded results change only this way, and the history says who did it and what changed.
     */
    public Application rescore(String reviewer, long id) {
        requireRole(reviewer, Role.REVIEWER);
        Application application = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw new DomainException("application.notFound");
        }
        ProgramDefinition current = catalog.current(application.programCode()).orElseThrow();
        if (current.version() <= application.programVersion()) {
            throw new DomainException("application.alreadyCurrent", application.programVersion());
        }
        Assessment assessment = Assessor.assess(current, Facts.of(valuesOf(application)), panelScoresOf(application));
        Map<String, Object> points = new LinkedHashMap<>();
        for (CriterionResult c : assessment.criteria()) {
            points.put(c.code(), c.points());
        }
        String note = "v" + application.programVersion() + " → v" + current.version() + ": "
                + plain(application.results().total()) + " → " + plain(assessment.total()) + ", "
                + application.results().outcome() + " → "
                + assessment.outcome();
        application.rescore(
                current.version(),
                current.contentHash(),
                new Results(assessment.total(), assessment.outcome(), assessment.award(), FormValues.toJson(points)),
                clock.instant());
        timeline.rescored(application, reviewer, note);
        return application;
    }

    private static String plain(BigDecimal number) {
        return number == null ? "–" : cn.kaifeng.tfs.program.domain.Explanation.plain(number);
    }

    public void requireRole(String username, Role role) {
        if (accounts.findByUsername(username).filter(a -> a.hasRole(role)).isEmpty()) {
            throw new DomainException("application.notFound");
        }
    }

    /**
     * Re-scores every submitted application of the program with another version (a draft, before it is published),
     * with the values as submitted. Nothing is stored: the recorded assessments only change when a reviewer
     * re-scores explicitly.
     */
    @Override
    public List<DryRuns.Row> dryRun(ProgramDefinition version) {
        return submittedTo(version.code()).stream()
                .map(a -> {
                    Assessment draft = Assessor.assess(version, Facts.of(valuesOf(a)));
                    return new DryRuns.Row(
                            a.number(), a.results().total(), a.results().outcome(), draft.total(), draft.outcome());
                })
                .toList();
    }

    /**
     * Every program's first gate: an organisation under a 失信 record in force may neither start nor submit an
     * application, to any program, and is told which record and until when (国发〔2016〕33号 三（十）: 严格限制申请
     * 财政性资金项目). Asked at both steps, so a draft started before the record cannot be submitted during it.
     */
    private void requireNoCreditBar(Organisation organisation) {
        creditBars
                .barOf(organisation.id(), LocalDate.now(clock.withZone(CHINA)))
                .ifPresent(bar -> {
                    throw new DomainException(
                            "application.creditRecord", bar.recordId(), bar.from(), bar.until(), bar.reason());
                });
    }

    private void requireOwn(String username, Application application) {
        if (application == null || !application.belongsTo(applicantOrganisation(username))) {
            throw new DomainException("application.notFound");
        }
    }

    private Organisation applicantOrganisation(String username) {
        return accounts.applicantOrganisation(username).orElseThrow(() -> new DomainException("application.notFound"));
    }
}
