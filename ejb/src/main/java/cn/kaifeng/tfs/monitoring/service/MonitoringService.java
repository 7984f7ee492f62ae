package cn.kaifeng.tfs.monitoring.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.domain.AgreementStatus;
import cn.kaifeng.tfs.agreement.domain.Indicator;
import cn.kaifeng.tfs.agreement.service.AgreementService;
import cn.kaifeng.tfs.attachment.domain.FileKind;
import cn.kaifeng.tfs.attachment.service.AttachmentStore;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.FormCheck;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.casefile.service.FormValues;
import cn.kaifeng.tfs.casefile.service.IncompleteApplicationException;
import cn.kaifeng.tfs.monitoring.domain.MidtermCheck;
import cn.kaifeng.tfs.monitoring.domain.ProgressReport;
import cn.kaifeng.tfs.monitoring.domain.ReportCalendar;
import cn.kaifeng.tfs.monitoring.domain.ReportFile;
import cn.kaifeng.tfs.monitoring.domain.ReportListCsv;
import cn.kaifeng.tfs.monitoring.domain.ReportPeriod;
import cn.kaifeng.tfs.monitoring.domain.ReportStatus;
import cn.kaifeng.tfs.program.domain.AgreementTemplate;
import cn.kaifeng.tfs.program.domain.AgreementTemplate.ReportingPlan;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Monitoring's use cases on the progress reports: an award's reports with their due dates and standing, submitting
 * one (with the answers to the program's own report fields checked like an application form's, and files checked by
 * content in the attachment store), the reviewer accepting or returning it, and the list across awards for the
 * bureau. Each checks who asks, is audited, and lets the domain refuse what the state does not allow. The mid-term
 * check is {@link MidtermService}, the daily reminders {@link ReportReminders}; the schedule they all read is
 * {@link AwardSchedules}.
 */
@ApplicationScoped
@Transactional
public class MonitoringService {

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
    private AttachmentStore store;

    @Inject
    private AuditLog audit;

    @Inject
    private AwardSchedules schedules;

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
        return Optional.of(schedules.overviewOf(view.agreement(), view.template()));
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
        Agreement agreement = schedules.signed(applicant, application.id());
        AgreementTemplate template = schedules.templateOf(agreement);
        ReportPeriod p = ReportCalendar.period(
                        ReportCalendar.of(AwardSchedules.signedOn(agreement), template.reporting()), period)
                .orElseThrow(() -> new DomainException("report.noSuchPeriod"));
        contents = checked(template.reporting(), contents);
        List<String> codes =
                agreement.indicators().stream().map(Indicator::code).toList();
        ProgressReport report = find(applicationId, period).orElse(null);
        boolean first = report == null;
        if (first) {
            report = ProgressReport.submit(
                    applicationId,
                    agreement.organisationId(),
                    p,
                    schedules.today(),
                    codes,
                    contents,
                    applicant,
                    clock.instant());
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
            ReportFile file = new ReportFile(
                    report.id(),
                    store.keepChecked(upload.content(), upload.fileName(), applicant, MAX_FILE_BYTES, FILE_KINDS));
            em.persist(file);
            added.add(file.file().fileName() + " sha256=" + file.file().sha256());
        }
        audit.record(
                applicant,
                first ? "REPORT_SUBMITTED" : "REPORT_RESUBMITTED",
                AwardSchedules.subject(applicationId),
                null,
                "period " + period + " spent=" + report.spent() + " reached=" + report.reached() + " files=" + added);
        return report;
    }

    /**
     * The contents with the answers to the program's report fields checked as an application form's values are
     * ({@code FormCheck}, the same messages) and kept as JSON; only the fields the plan defines are kept.
     */
    private static ProgressReport.Contents checked(ReportingPlan plan, ProgressReport.Contents contents) {
        Map<String, Object> given = FormValues.fromJson(contents.answers() == null ? "{}" : contents.answers());
        Map<String, Object> kept = new LinkedHashMap<>();
        for (FieldDefinition field : plan.fieldDefinitions()) {
            if (given.get(field.code()) != null) {
                kept.put(field.code(), given.get(field.code()));
            }
        }
        List<FormCheck.Problem> problems = FormCheck.problems(plan.fieldDefinitions(), kept, Map.of());
        if (!problems.isEmpty()) {
            throw new IncompleteApplicationException(problems);
        }
        return new ProgressReport.Contents(
                contents.summary(), contents.reached(), contents.spent(), FormValues.toJson(kept));
    }

    /** Contents whose answers to the program's report fields are these values (as the generated form gives them). */
    public static ProgressReport.Contents answered(
            String summary, Map<String, BigDecimal> reached, Money spent, Map<String, Object> answers) {
        return new ProgressReport.Contents(summary, reached, spent, FormValues.toJson(answers));
    }

    /** The answers of a report, as values the generated form and the reviewer's page read. */
    public static Map<String, Object> answersOf(ProgressReport report) {
        return FormValues.fromJson(report.answers());
    }

    /** The reviewer accepts a submitted report. */
    public ProgressReport accept(String reviewer, long reportId) {
        applications.requireRole(reviewer, Role.REVIEWER);
        ProgressReport report = lockReport(reportId);
        report.accept(reviewer, clock.instant());
        audit.record(
                reviewer,
                "REPORT_ACCEPTED",
                AwardSchedules.subject(report.applicationId()),
                null,
                "period " + report.periodNumber());
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
                AwardSchedules.subject(report.applicationId()),
                null,
                "period " + report.periodNumber() + ": " + report.returnReason());
        return report;
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
        for (Agreement agreement : schedules.signedAgreements()) {
            if (!needle.isEmpty()
                    && !agreement.caseNumber().toLowerCase(Locale.ROOT).contains(needle)
                    && !agreement.organisationName().toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            for (PeriodView view : schedules.periodsOf(agreement, schedules.templateOf(agreement), schedules.today())) {
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
                                    : LocalDate.ofInstant(report.submittedAt(), AwardSchedules.BEIJING)
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
        audit.record(
                username,
                "REPORT_FILE_DOWNLOADED",
                AwardSchedules.subject(report.applicationId()),
                null,
                "file:" + fileId);
        return new Download(
                file, store.open(file.file().storageKey(), file.file().sha256()));
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
}
