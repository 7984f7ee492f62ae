package cn.kaifeng.tfs.monitoring.service;

import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.domain.AgreementStatus;
import cn.kaifeng.tfs.agreement.service.AgreementService;
import cn.kaifeng.tfs.monitoring.domain.MidtermCheck;
import cn.kaifeng.tfs.monitoring.domain.ProgressReport;
import cn.kaifeng.tfs.monitoring.domain.ReportCalendar;
import cn.kaifeng.tfs.monitoring.domain.ReportFile;
import cn.kaifeng.tfs.monitoring.domain.ReportPeriod;
import cn.kaifeng.tfs.monitoring.domain.ReportStatus;
import cn.kaifeng.tfs.monitoring.service.MonitoringService.Overview;
import cn.kaifeng.tfs.monitoring.service.MonitoringService.PeriodView;
import cn.kaifeng.tfs.program.domain.AgreementTemplate;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What monitoring's use cases share: the signed agreements, each award's schedule derived from its signing and its
 * program version's reporting plan, the periods with their reports and files as they stand on a day, and the
 * mid-term checks. Reads only, in the caller's transaction.
 *
 * <p>The schedule is derived from the signed agreement (its acceptance instant and its program version's reporting
 * plan) rather than stored when the agreement is signed: both are immutable once signed, so the derived dates cannot
 * drift from the agreement, agreements signed before this feature existed get their schedule too, and the agreement
 * feature needs no event for a floor above it. A report row exists once the applicant submits for a period.
 */
@ApplicationScoped
public class AwardSchedules {

    /** Due dates and reminders are Beijing dates, as the agreement is dated. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AgreementService agreements;

    @Inject
    private ProgramService programs;

    private final Map<String, AgreementTemplate> templates = new ConcurrentHashMap<>();

    Overview overviewOf(Agreement agreement, AgreementTemplate template) {
        LocalDate signedOn = signedOn(agreement);
        return new Overview(
                agreement,
                template,
                signedOn,
                periodsOf(agreement, template, today()),
                ReportCalendar.midtermOn(signedOn, template.reporting()),
                checksOf(agreement.applicationId()));
    }

    /** The award's periods as they stand on {@code today}: each with its report, files and standing. */
    List<PeriodView> periodsOf(Agreement agreement, AgreementTemplate template, LocalDate today) {
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
        for (ReportPeriod p : ReportCalendar.of(signedOn(agreement), template.reporting())) {
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

    AgreementTemplate templateOf(Agreement agreement) {
        // a program version never changes once published: its template may be kept
        return templates.computeIfAbsent(
                agreement.programCode() + "@" + agreement.programVersion(),
                k -> programs.version(agreement.programCode(), agreement.programVersion())
                        .flatMap(p -> p.agreementTemplate())
                        .orElseThrow(() -> new DomainException("monitoring.notFound")));
    }

    List<Agreement> signedAgreements() {
        return em.createQuery(
                        "SELECT a FROM Agreement a WHERE a.status = :s ORDER BY a.acceptedAt, a.id", Agreement.class)
                .setParameter("s", AgreementStatus.SIGNED)
                .getResultList();
    }

    /** The award's agreement, for someone who may read it, and signed; refused otherwise with the reason. */
    Agreement signed(String username, long applicationId) {
        Agreement agreement = agreements
                .forApplication(username, applicationId)
                .map(AgreementService.View::agreement)
                .orElseThrow(() -> new DomainException("monitoring.notFound"));
        if (agreement.status() != AgreementStatus.SIGNED) {
            throw new DomainException("monitoring.notSigned");
        }
        return agreement;
    }

    static LocalDate signedOn(Agreement agreement) {
        return LocalDate.ofInstant(agreement.acceptedAt(), BEIJING);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    List<MidtermCheck> checksOf(long applicationId) {
        return em.createQuery(
                        "SELECT c FROM MidtermCheck c WHERE c.applicationId = :id ORDER BY c.checkNumber",
                        MidtermCheck.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    static String subject(long applicationId) {
        // the case's subject, so monitoring's steps read with the case's in the audit trail
        return "application:" + applicationId;
    }
}
