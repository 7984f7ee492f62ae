package cn.kaifeng.tfs.monitoring.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.domain.AgreementStatus;
import cn.kaifeng.tfs.agreement.domain.Indicator;
import cn.kaifeng.tfs.agreement.service.AgreementService;
import cn.kaifeng.tfs.agreement.service.TrancheMatured;
import cn.kaifeng.tfs.attachment.domain.FileKind;
import cn.kaifeng.tfs.attachment.service.AttachmentStore;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.monitoring.domain.MidtermCheck;
import cn.kaifeng.tfs.monitoring.domain.MidtermResult;
import cn.kaifeng.tfs.monitoring.domain.ProgressReport;
import cn.kaifeng.tfs.monitoring.domain.ReportCalendar;
import cn.kaifeng.tfs.monitoring.domain.ReportFile;
import cn.kaifeng.tfs.monitoring.domain.ReportListCsv;
import cn.kaifeng.tfs.monitoring.domain.ReportPeriod;
import cn.kaifeng.tfs.monitoring.domain.ReportStatus;
import cn.kaifeng.tfs.program.domain.AgreementTemplate;
import cn.kaifeng.tfs.program.domain.AgreementTemplate.ReportingPlan;
import cn.kaifeng.tfs.program.domain.TrancheCondition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Monitoring's use cases: an award's progress reports with their due dates and standing, submitting one (with files
 * checked by content in the attachment store), the reviewer accepting or returning it, the mid-term check, the list
 * across awards for the bureau, and the daily reminder run. Each checks who asks, is audited, and lets the domain
 * refuse what the state does not allow.
 *
 * <p>The schedule is derived from the signed agreement (its acceptance instant and its program version's reporting
 * plan) rather than stored when the agreement is signed: both are immutable once signed, so the derived dates cannot
 * drift from the agreement, agreements signed before this feature existed get their schedule too, and the agreement
 * feature needs no event for a floor above it. A report row exists once the applicant submits for a period.
 */
@ApplicationScoped
@Transactional
public class MonitoringService {

    /** Due dates and reminders are Beijing dates, as the agreement is dated. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** The daily run reminds from this hour (Beijing time), on the first tick after it. */
    static final int REMIND_FROM_HOUR = 7;

    private static final long MB = 1024L * 1024L;
    private static final long MAX_FILE_BYTES = 20 * MB;
    private static final List<String> FILE_KINDS =
            Arrays.stream(FileKind.values()).map(Enum::name).toList();

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AgreementService agreements;

    @Inject
    private ApplicationService applications;

    @Inject
    private ProgramService programs;

    @Inject
    private AttachmentStore store;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ReportDueDateNeared> fellDue;

    @Inject
    private Event<ReportDueDatePassed> wentOverdue;

    /** One period of an award's schedule with its report (null before the first submission) and files. */
    public record PeriodView(
            ReportPeriod period,
            ProgressReport report,
            List<ReportFile> files,
            boolean overdue,
            boolean dueSoon,
            boolean open) {

        public ReportStatus status() {
            return report == null ? null : report.status();
        }

        /** due, dueSoon, overdue, submitted, returned or accepted: the list's states and filter. */
        public String state() {
            return overdue ? "overdue" : progress();
        }

        /** Where the report itself stands, whatever the date: due, dueSoon, submitted, returned or accepted. */
        public String progress() {
            if (report != null) {
                return report.status().name().toLowerCase(Locale.ROOT);
            }
            return dueSoon ? "dueSoon" : "due";
        }

        /** Whether the applicant may submit now: the period has begun and no report waits or was accepted. */
        public boolean submittable() {
            return open && (report == null || report.status() == ReportStatus.RETURNED);
        }
    }

    /** An award's monitoring: the signed agreement, its schedule's periods and its mid-term checks. */
    public record Overview(
            Agreement agreement,
            AgreementTemplate template,
            LocalDate signedOn,
            List<PeriodView> periods,
            Optional<LocalDate> midtermOn,
            List<MidtermCheck> checks) {

        public boolean midtermScheduled() {
            return midtermOn.isPresent();
        }

        /** A check may be recorded: one is scheduled, and none so far concluded (passed or failed). */
        public boolean midtermOpen() {
            return midtermScheduled()
                    && (checks.isEmpty()
                            || !checks.get(checks.size() - 1).result().concludes());
        }

        public MidtermCheck latestCheck() {
            return checks.isEmpty() ? null : checks.get(checks.size() - 1);
        }
    }

    /** A row of the bureau's list: a period of an award with the award's number and organisation. */
    public record ReportRow(
            long applicationId, String caseNumber, String organisationName, String programName, PeriodView view) {}

    /** A file to submit with a report: the name the applicant gave it and its bytes. */
    public record Upload(String fileName, InputStream content) {}

    /** A report file and its bytes, for someone entitled to read them. */
    public record Download(ReportFile file, InputStream content) {}

    /**
     * The monitoring of a signed award, for its organisation's applicants and for reviewers; empty when the award
     * has no agreement in force yet; "not found" for anyone else.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Overview> overview(String username, long applicationId) {
        AgreementService.View view = agreements
                .forApplication(username, applicationId)
                .orElseThrow(() -> new DomainException("monitoring.notFound"));
        if (view.agreement().status() != AgreementStatus.SIGNED) {
            return Optional.empty();
        }
        return Optional.of(overviewOf(view.agreement(), view.template()));
    }

    /**
     * The applicant submits (or, after a return, submits again) the report for period {@code period} of its own
     * organisation's signed award, with optional files, each recognised by its content and refused if it is not
     * one of the kinds the attachments allow. The application's row is locked meanwhile, so two submissions of the
     * same period cannot both create it.
     */
    public ProgressReport submit(
            String applicant, long applicationId, int period, ProgressReport.Contents contents, List<Upload> files) {
        Application application = applications.lockMine(applicant, applicationId);
        Agreement agreement = signed(applicant, application.id());
        AgreementTemplate template = templateOf(agreement);
        ReportPeriod p = ReportCalendar.period(ReportCalendar.of(signedOn(agreement), template.reporting()), period)
                .orElseThrow(() -> new DomainException("report.noSuchPeriod"));
        List<String> codes =
                agreement.indicators().stream().map(Indicator::code).toList();
        ProgressReport report = find(applicationId, period).orElse(null);
        boolean first = report == null;
        if (first) {
            report = ProgressReport.submit(
                    applicationId, agreement.organisationId(), p, today(), codes, contents, applicant, clock.instant());
            em.persist(report);
            em.flush();
        } else {
            report.resubmit(codes, contents, applicant, clock.instant());
        }
        List<Upload> uploads = files == null ? List.of() : files;
        if (filesOf(report.id()).size() + uploads.size() > ReportFile.MAX_PER_REPORT) {
            throw new DomainException("report.tooManyFiles", ReportFile.MAX_PER_REPORT);
        }
        List<String> added = new ArrayList<>();
        for (Upload upload : uploads) {
            AttachmentStore.Incoming incoming = store.receive(upload.content(), MAX_FILE_BYTES);
            try {
                FileKind kind = store.recognise(incoming, FILE_KINDS);
                ReportFile file = new ReportFile(
                        report.id(), store.keepUnlessRolledBack(incoming, kind, upload.fileName(), applicant));
                em.persist(file);
                added.add(file.file().fileName() + " sha256=" + file.file().sha256());
            } finally {
                store.discard(incoming);
            }
        }
        audit.record(
                applicant,
                first ? "REPORT_SUBMITTED" : "REPORT_RESUBMITTED",
                subject(applicationId),
                null,
                "period " + period + " spent=" + report.spent() + " reached=" + report.reached() + " files=" + added);
        return report;
    }

    /** The reviewer accepts a submitted report. */
    public ProgressReport accept(String reviewer, long reportId) {
        applications.requireRole(reviewer, Role.REVIEWER);
        ProgressReport report = lockReport(reportId);
        report.accept(reviewer, clock.instant());
        audit.record(
                reviewer, "REPORT_ACCEPTED", subject(report.applicationId()), null, "period " + report.periodNumber());
        return report;
    }

    /** The reviewer returns a submitted report with a reason; the applicant submits it again. */
    public ProgressReport returnReport(String reviewer, long reportId, String reason) {
        applications.requireRole(reviewer, Role.REVIEWER);
        ProgressReport report = lockReport(reportId);
        report.returnToApplicant(reason, reviewer, clock.instant());
        audit.record(
                reviewer,
                "REPORT_RETURNED",
                subject(report.applicationId()),
                null,
                "period " + report.periodNumber() + ": " + report.returnReason());
        return report;
    }

    /**
     * The reviewer records a mid-term check of a signed award whose program schedules one. A pass reports the
     * condition {@link TrancheCondition#AFTER_MIDTERM_CHECK} to the agreement in this transaction, so the mid-term
     * tranche falls due (and the payment feature creates its request) or nothing is recorded at all.
     */
    public MidtermCheck recordMidterm(
            String reviewer, long applicationId, MidtermCheck.Visit visit, MidtermCheck.Conclusion conclusion) {
        applications.requireRole(reviewer, Role.REVIEWER);
        // serialises two reviewers recording a check on the same award at once (the numbers would collide)
        Application application = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw new DomainException("monitoring.notFound");
        }
        Agreement agreement = signed(reviewer, applicationId);
        if (!templateOf(agreement).reporting().hasMidterm()) {
            throw new DomainException("midterm.notScheduled");
        }
        MidtermCheck check = MidtermCheck.record(
                applicationId, checksOf(applicationId), visit, conclusion, today(), reviewer, clock.instant());
        em.persist(check);
        em.flush();
        audit.record(
                reviewer,
                "MIDTERM_CHECK_RECORDED",
                subject(applicationId),
                null,
                "check " + check.checkNumber() + " " + check.result()
                        + (check.visitedOn() == null ? "" : " visit " + check.visitedOn() + " " + check.visitPlace())
                        + (check.rectifyBy() == null
                                ? ""
                                : " rectify by " + check.rectifyBy() + ": " + check.rectifyWhat()));
        if (check.result() == MidtermResult.PASSED) {
            List<TrancheMatured> due =
                    agreements.conditionMet(applicationId, TrancheCondition.AFTER_MIDTERM_CHECK, reviewer);
            audit.record(reviewer, "MIDTERM_TRANCHES_DUE", subject(applicationId), null, "tranches=" + due.size());
        }
        return check;
    }

    /**
     * Every period of every signed award, for the bureau: filtered by state ({@code due}, {@code dueSoon},
     * {@code overdue}, {@code submitted}, {@code returned}, {@code accepted}; blank for all) and by a text found in
     * the case number or the organisation's name. Overdue first, then by due date.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportRow> reports(String reviewer, String state, String text) {
        applications.requireRole(reviewer, Role.REVIEWER);
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<ReportRow> rows = new ArrayList<>();
        for (Agreement agreement : signedAgreements()) {
            if (!needle.isEmpty()
                    && !agreement.caseNumber().toLowerCase(Locale.ROOT).contains(needle)
                    && !agreement.organisationName().toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            for (PeriodView view : periodsOf(agreement, templateOf(agreement))) {
                if (state == null || state.isBlank() || state.equals(view.state())) {
                    rows.add(new ReportRow(
                            agreement.applicationId(),
                            agreement.caseNumber(),
                            agreement.organisationName(),
                            agreement.programName(),
                            view));
                }
            }
        }
        rows.sort((a, b) -> a.view().overdue() != b.view().overdue()
                ? (a.view().overdue() ? -1 : 1)
                : a.view().period().dueOn().compareTo(b.view().period().dueOn()));
        return rows;
    }

    /** The same list as CSV for the bureau's spreadsheets (formula cells neutralised); the export is audited. */
    public byte[] reportsCsv(String reviewer, String state, String text) {
        List<ReportListCsv.Line> lines = reports(reviewer, state, text).stream()
                .map(r -> {
                    ProgressReport report = r.view().report();
                    return new ReportListCsv.Line(
                            r.caseNumber(),
                            r.organisationName(),
                            r.programName(),
                            r.view().period().number(),
                            r.view().period().dueOn(),
                            r.view().state(),
                            r.view().overdue(),
                            report == null
                                    ? ""
                                    : LocalDate.ofInstant(report.submittedAt(), BEIJING)
                                            .toString(),
                            report == null ? "" : report.spent().yuan().toPlainString());
                })
                .toList();
        audit.record(reviewer, "REPORTS_EXPORTED", "monitoring", null, lines.size() + " rows");
        return ReportListCsv.write(lines);
    }

    /** A report's file, for the award's organisation's applicants and for reviewers; "not found" for anyone else. */
    public Download openFile(String username, long fileId) {
        ReportFile file = em.find(ReportFile.class, fileId);
        ProgressReport report = file == null ? null : em.find(ProgressReport.class, file.reportId());
        if (report == null
                || agreements.forApplication(username, report.applicationId()).isEmpty()) {
            throw new DomainException("attachment.notFound");
        }
        audit.record(username, "REPORT_FILE_DOWNLOADED", subject(report.applicationId()), null, "file:" + fileId);
        return new Download(
                file, store.open(file.file().storageKey(), file.file().sha256()));
    }

    /** Inserts the day's row (?1) with its start (?2) unless it is there. */
    static final String CLAIM = "INSERT INTO monitoring_run (run_day, started_at) SELECT ?1, ?2"
            + " WHERE NOT EXISTS (SELECT 1 FROM monitoring_run WHERE run_day = ?1)";

    /** Stores a reminder's key unless it is there: ?1 application, ?2 period, ?3 kind, ?4 when. */
    static final String REMIND = "INSERT INTO report_reminder (application_id, period_number, kind, sent_at)"
            + " SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM report_reminder"
            + " WHERE application_id = ?1 AND period_number = ?2 AND kind = ?3)";

    /**
     * The day's reminder run, if it is due and no node has claimed today's yet: every report due within the
     * reminder's days and every report overdue is told to its organisation once ({@link ReportDueDateNeared},
     * {@link ReportDueDatePassed}). The claim, the reminders' keys and the notifications commit together: a run that
     * fails leaves no claim, and the next tick runs it again. Returns the reminders sent, or -1 when this node did
     * not run it (a second node's claim meets the first's key and fails, which the schedule logs).
     */
    public int remindIfDue() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(BEIJING));
        if (now.getHour() < REMIND_FROM_HOUR) {
            return -1;
        }
        int claimed = em.createNativeQuery(CLAIM)
                .setParameter(1, now.toLocalDate())
                .setParameter(2, now.toInstant())
                .executeUpdate();
        if (claimed != 1) {
            return -1;
        }
        return remind(now.toLocalDate());
    }

    private int remind(LocalDate today) {
        int sent = 0;
        for (Agreement agreement : signedAgreements()) {
            for (PeriodView view : periodsOf(agreement, templateOf(agreement), today)) {
                ReportPeriod p = view.period();
                if (view.overdue() && stored(agreement, p, "OVERDUE")) {
                    wentOverdue.fire(new ReportDueDatePassed(
                            agreement.organisationId(),
                            agreement.applicationId(),
                            agreement.caseNumber(),
                            p.number(),
                            p.dueOn(),
                            clock.instant()));
                    sent++;
                } else if (view.dueSoon() && stored(agreement, p, "DUE")) {
                    fellDue.fire(new ReportDueDateNeared(
                            agreement.organisationId(),
                            agreement.applicationId(),
                            agreement.caseNumber(),
                            p.number(),
                            p.dueOn(),
                            clock.instant()));
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean stored(Agreement agreement, ReportPeriod period, String kind) {
        return em.createNativeQuery(REMIND)
                        .setParameter(1, agreement.applicationId())
                        .setParameter(2, period.number())
                        .setParameter(3, kind)
                        .setParameter(4, clock.instant())
                        .executeUpdate()
                == 1;
    }

    private Overview overviewOf(Agreement agreement, AgreementTemplate template) {
        LocalDate signedOn = signedOn(agreement);
        return new Overview(
                agreement,
                template,
                signedOn,
                periodsOf(agreement, template),
                ReportCalendar.midtermOn(signedOn, template.reporting()),
                checksOf(agreement.applicationId()));
    }

    private List<PeriodView> periodsOf(Agreement agreement, AgreementTemplate template) {
        return periodsOf(agreement, template, today());
    }

    private List<PeriodView> periodsOf(Agreement agreement, AgreementTemplate template, LocalDate today) {
        ReportingPlan plan = template.reporting();
        Map<Integer, ProgressReport> reports = em.createQuery(
                        "SELECT r FROM ProgressReport r WHERE r.applicationId = :id", ProgressReport.class)
                .setParameter("id", agreement.applicationId())
                .getResultStream()
                .collect(Collectors.toMap(ProgressReport::periodNumber, r -> r));
        Map<Long, List<ReportFile>> files = reports.isEmpty()
                ? Map.of()
                : em.createQuery("SELECT f FROM ReportFile f WHERE f.reportId IN :ids ORDER BY f.id", ReportFile.class)
                        .setParameter(
                                "ids",
                                reports.values().stream()
                                        .map(ProgressReport::id)
                                        .toList())
                        .getResultStream()
                        .collect(Collectors.groupingBy(ReportFile::reportId));
        List<PeriodView> views = new ArrayList<>();
        for (ReportPeriod p : ReportCalendar.of(signedOn(agreement), plan)) {
            ProgressReport r = reports.get(p.number());
            ReportStatus status = r == null ? null : r.status();
            views.add(new PeriodView(
                    p,
                    r,
                    r == null ? List.of() : files.getOrDefault(r.id(), List.of()),
                    p.overdueOn(today, status),
                    p.dueSoonOn(today, status),
                    p.openOn(today)));
        }
        return views;
    }

    private final Map<String, AgreementTemplate> templates = new ConcurrentHashMap<>();

    private AgreementTemplate templateOf(Agreement agreement) {
        // a program version never changes once published: its template may be kept
        return templates.computeIfAbsent(
                agreement.programCode() + "@" + agreement.programVersion(),
                k -> programs.version(agreement.programCode(), agreement.programVersion())
                        .flatMap(p -> p.agreementTemplate())
                        .orElseThrow(() -> new DomainException("monitoring.notFound")));
    }

    private List<Agreement> signedAgreements() {
        return em.createQuery(
                        "SELECT a FROM Agreement a WHERE a.status = :s ORDER BY a.acceptedAt, a.id", Agreement.class)
                .setParameter("s", AgreementStatus.SIGNED)
                .getResultList();
    }

    /** The award's agreement, for someone who may read it, and signed; refused otherwise with the reason. */
    private Agreement signed(String username, long applicationId) {
        Agreement agreement = agreements
                .forApplication(username, applicationId)
                .map(AgreementService.View::agreement)
                .orElseThrow(() -> new DomainException("monitoring.notFound"));
        if (agreement.status() != AgreementStatus.SIGNED) {
            throw new DomainException("monitoring.notSigned");
        }
        return agreement;
    }

    private static LocalDate signedOn(Agreement agreement) {
        return LocalDate.ofInstant(agreement.acceptedAt(), BEIJING);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    private Optional<ProgressReport> find(long applicationId, int period) {
        return em.createQuery(
                        "SELECT r FROM ProgressReport r WHERE r.applicationId = :id AND r.periodNumber = :p",
                        ProgressReport.class)
                .setParameter("id", applicationId)
                .setParameter("p", period)
                .getResultStream()
                .findFirst();
    }

    private ProgressReport lockReport(long reportId) {
        ProgressReport report = em.find(ProgressReport.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            throw new DomainException("report.notFound");
        }
        return report;
    }

    private List<ReportFile> filesOf(long reportId) {
        return em.createQuery("SELECT f FROM ReportFile f WHERE f.reportId = :id", ReportFile.class)
                .setParameter("id", reportId)
                .getResultList();
    }

    private List<MidtermCheck> checksOf(long applicationId) {
        return em.createQuery(
                        "SELECT c FROM MidtermCheck c WHERE c.applicationId = :id ORDER BY c.checkNumber",
                        MidtermCheck.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    private static String subject(long applicationId) {
        // the case's subject, so monitoring's steps read with the case's in the audit trail
        return "application:" + applicationId;
    }
}
