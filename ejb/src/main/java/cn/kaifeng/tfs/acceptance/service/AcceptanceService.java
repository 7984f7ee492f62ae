package cn.kaifeng.tfs.acceptance.service;

import cn.kaifeng.tfs.acceptance.domain.Acceptance;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceAssignment;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceFile;
import cn.kaifeng.tfs.acceptance.domain.PerformanceEvaluation;
import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.domain.AgreementStatus;
import cn.kaifeng.tfs.agreement.domain.Indicator;
import cn.kaifeng.tfs.agreement.service.AgreementService;
import cn.kaifeng.tfs.attachment.domain.FileKind;
import cn.kaifeng.tfs.attachment.service.AttachmentStore;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.monitoring.service.MonitoringService.Upload;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.SpreadsheetText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The acceptance (验收) of a project under a signed agreement, as the applicant asks for it and the bureau reads it:
 * the request with the values achieved and the files attached (验收材料, checked by content in the attachment store as
 * a progress report's files are), the reviewer opening it, the bureau's list with the missed rectification deadlines
 * flagged, the files for those entitled to them, and the performance evaluations. The panel is
 * {@link AcceptancePanelService}; the conclusion and what follows from it {@link AcceptanceConclusionService}.
 */
@ApplicationScoped
@Transactional
public class AcceptanceService {

    private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    private static final List<String> FILE_KINDS =
            Arrays.stream(FileKind.values()).map(Enum::name).toList();

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private AgreementService agreements;

    @Inject
    private AttachmentStore store;

    @Inject
    private AccountService accounts;

    @Inject
    private Acceptances acceptances;

    @Inject
    private AuditLog audit;

    /** A row of the bureau's list: an acceptance and whether its rectification deadline has passed unanswered. */
    public record Row(Acceptance acceptance, boolean rectifyOverdue) {}

    /** An acceptance file and its bytes, for someone entitled to read them. */
    public record Download(AcceptanceFile file, InputStream content) {}

    /**
     * The applicant's acceptance request on its own signed agreement: a value achieved for every indicator, a
     * summary and the files attached. Also a correction before the reviewer opens it, and the second request after a
     * 限期整改 (up to its deadline).
     */
    public Acceptance request(
            String applicant,
            long applicationId,
            Map<String, BigDecimal> achieved,
            String summary,
            List<Upload> files) {
        applications.lockMine(applicant, applicationId);
        Agreement agreement = agreements
                .forApplication(applicant, applicationId)
                .map(AgreementService.View::agreement)
                .filter(a -> a.status() == AgreementStatus.SIGNED)
                .orElseThrow(() -> new DomainException("acceptance.agreementNotSigned"));
        List<String> codes =
                agreement.indicators().stream().map(Indicator::code).toList();
        Optional<Acceptance> existing = acceptances.find(applicationId, true);
        Acceptance acceptance;
        if (existing.isPresent()) {
            acceptance = existing.get();
            if (acceptance.rectifyOverdueOn(acceptances.today())) {
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
            em.flush();
        }
        List<String> added = attach(applicant, acceptance, files == null ? List.of() : files);
        audit.record(
                applicant,
                "ACCEPTANCE_REQUESTED",
                Acceptances.subject(acceptance),
                null,
                "round " + acceptance.round() + " " + acceptance.achieved() + " files=" + added);
        return acceptance;
    }

    private List<String> attach(String applicant, Acceptance acceptance, List<Upload> uploads) {
        long already = acceptances.filesOf(acceptance.id()).stream()
                .filter(f -> f.round() == acceptance.round())
                .count();
        if (already + uploads.size() > AcceptanceFile.MAX_PER_ROUND) {
            throw new DomainException("acceptance.tooManyFiles", AcceptanceFile.MAX_PER_ROUND);
        }
        List<String> added = new ArrayList<>();
        for (Upload upload : uploads) {
            AcceptanceFile file = new AcceptanceFile(
                    acceptance.id(),
                    acceptance.round(),
                    store.keepChecked(upload.content(), upload.fileName(), applicant, MAX_FILE_BYTES, FILE_KINDS));
            em.persist(file);
            added.add(file.file().fileName() + " sha256=" + file.file().sha256());
        }
        return added;
    }

    /** The acceptance of one of the caller's own applications; empty when none was requested. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Acceptance> forApplicant(String applicant, long applicationId) {
        applications.mine(applicant, applicationId);
        return acceptances.find(applicationId, false);
    }

    /** The performance evaluation of one of the caller's own applications, once its acceptance is final. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PerformanceEvaluation> evaluationForApplicant(String applicant, long applicationId) {
        applications.mine(applicant, applicationId);
        return acceptances.evaluation(applicationId);
    }

    /**
     * Every acceptance for the bureau's list: those whose rectification deadline passed unanswered first (they wait
     * for the reviewer's 不通过), then the newest request first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> list(String reviewer) {
        applications.requireRole(reviewer, Role.REVIEWER);
        LocalDate today = acceptances.today();
        return em.createQuery("SELECT a FROM Acceptance a ORDER BY a.submittedAt DESC, a.id DESC", Acceptance.class)
                .setMaxResults(500)
                .getResultStream()
                .map(a -> new Row(a, a.rectifyOverdueOn(today)))
                .sorted(Comparator.comparing(r -> !r.rectifyOverdue()))
                .toList();
    }

    /** The header of the list's CSV export. */
    public static final String CSV_HEADER =
            "application_number,organisation,program,round,status,requested_at,panel_score,conclusion,concluded_on,"
                    + "rectify_by,rectify_overdue";

    /**
     * The bureau's list as CSV (UTF-8, CRLF, RFC 4180) for a spreadsheet: cells quoted and formulas neutralised by
     * the payment file's rule, since an organisation's name is typed by the applicant.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] csv(String reviewer) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (Row row : list(reviewer)) {
            Acceptance a = row.acceptance();
            out.append(String.join(
                            ",",
                            SpreadsheetText.csvField(a.caseNumber()),
                            SpreadsheetText.csvField(a.organisationName()),
                            SpreadsheetText.csvField(a.programCode()),
                            String.valueOf(a.round()),
                            a.status().name(),
                            a.submittedAt().toString(),
                            a.panelScore() == null ? "" : a.panelScore().toPlainString(),
                            a.conclusion() == null ? "" : a.conclusion().name(),
                            a.concludedOn() == null ? "" : a.concludedOn().toString(),
                            a.rectifyBy() == null ? "" : a.rectifyBy().toString(),
                            String.valueOf(row.rectifyOverdue())))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The acceptance of an application, for the reviewer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Acceptance forReviewer(String reviewer, long applicationId) {
        applications.numberedForReviewer(reviewer, applicationId);
        return acceptances.find(applicationId, false).orElseThrow(() -> new DomainException("acceptance.notFound"));
    }

    /** Whether the acceptance's rectification deadline passed unanswered, as the reviewer's page flags it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean rectifyOverdue(Acceptance acceptance) {
        return acceptance.rectifyOverdueOn(acceptances.today());
    }

    /** The agreement the acceptance measures the project against (its indicators and targets). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Agreement agreementForReviewer(String reviewer, long applicationId) {
        return agreements.forReviewer(reviewer, applicationId).agreement();
    }

    /** The reviewer opens a requested acceptance: a panel may now be assigned. */
    public Acceptance open(String reviewer, long applicationId) {
        applications.numberedForReviewer(reviewer, applicationId);
        Acceptance acceptance = acceptances.lock(applicationId);
        acceptance.open(reviewer, clock.instant());
        audit.record(
                reviewer, "ACCEPTANCE_OPENED", Acceptances.subject(acceptance), null, "round " + acceptance.round());
        return acceptance;
    }

    /**
     * The files attached to an acceptance, for those who may read them (see {@link #openFile}); an empty list for
     * anyone else, so a page never tells them that files exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AcceptanceFile> files(String username, long acceptanceId) {
        Acceptance acceptance = em.find(Acceptance.class, acceptanceId);
        return acceptance != null && mayRead(username, acceptance) ? acceptances.filesOf(acceptanceId) : List.of();
    }

    /**
     * A file of an acceptance request: for reviewers, for the experts assigned to the acceptance who declared no
     * conflict, and for the organisation that attached it; "not found" for anyone else (another applicant, an expert
     * not on the panel or one who stepped back).
     */
    public Download openFile(String username, long fileId) {
        AcceptanceFile file = em.find(AcceptanceFile.class, fileId);
        Acceptance acceptance = file == null ? null : em.find(Acceptance.class, file.acceptanceId());
        if (acceptance == null || !mayRead(username, acceptance)) {
            throw new DomainException("attachment.notFound");
        }
        audit.record(username, "ACCEPTANCE_FILE_DOWNLOADED", Acceptances.subject(acceptance), null, "file:" + fileId);
        return new Download(
                file, store.open(file.file().storageKey(), file.file().sha256()));
    }

    private boolean mayRead(String username, Acceptance acceptance) {
        // reviewers and the award's own organisation read the agreement, and so its acceptance's files
        if (agreements.forApplication(username, acceptance.applicationId()).isPresent()) {
            return true;
        }
        return accounts.findByUsername(username)
                        .filter(a -> a.hasRole(Role.EXPERT))
                        .isPresent()
                && em.createQuery(
                                "SELECT p FROM AcceptanceAssignment p WHERE p.acceptanceId = :a AND p.expert = :e",
                                AcceptanceAssignment.class)
                        .setParameter("a", acceptance.id())
                        .setParameter("e", username)
                        .getResultStream()
                        .anyMatch(AcceptanceAssignment::cleared);
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
        return acceptances.evaluation(applicationId);
    }
}
