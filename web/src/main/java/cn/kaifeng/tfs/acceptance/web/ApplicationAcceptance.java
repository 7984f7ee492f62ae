package cn.kaifeng.tfs.acceptance.web;

import cn.kaifeng.tfs.acceptance.domain.Acceptance;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceFile;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceStatus;
import cn.kaifeng.tfs.acceptance.domain.PerformanceEvaluation;
import cn.kaifeng.tfs.acceptance.service.AcceptanceService;
import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.domain.AgreementStatus;
import cn.kaifeng.tfs.agreement.domain.Indicator;
import cn.kaifeng.tfs.agreement.service.AgreementService;
import cn.kaifeng.tfs.agreement.web.IndicatorInput;
import cn.kaifeng.tfs.casefile.web.ApplicationPage;
import cn.kaifeng.tfs.monitoring.service.MonitoringService;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.web.ProgramTexts;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * The acceptance part of the applicant's application page, shown once the agreement is signed: the acceptance
 * request (the value achieved for each indicator, a summary), where it stands, its conclusion and the performance
 * evaluation. Only the application's own organisation sees it (the services answer "not found" for another's).
 */
@Named
@ViewScoped
public class ApplicationAcceptance implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationPage page;

    @Inject
    private AgreementService agreements;

    @Inject
    private AcceptanceService acceptances;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ProgramTexts programTexts;

    @Inject
    private Messages messages;

    private final List<IndicatorInput> values = new ArrayList<>();
    private String summary;

    private transient boolean looked;
    private transient Agreement agreement;
    private transient Acceptance acceptance;
    private transient PerformanceEvaluation evaluation;
    private transient List<AcceptanceFile> files = List.of();
    private transient UploadedFile file;

    private void look() {
        if (looked) {
            return;
        }
        looked = true;
        if (page.applicationId() == null || page.getNumber() == null) {
            return;
        }
        String applicant = currentUser.username();
        agreement = agreements
                .forApplication(applicant, page.applicationId())
                .map(AgreementService.View::agreement)
                .filter(a -> a.status() == AgreementStatus.SIGNED)
                .orElse(null);
        if (agreement == null) {
            return;
        }
        acceptance = acceptances.forApplicant(applicant, page.applicationId()).orElse(null);
        files = acceptance == null ? List.of() : acceptances.files(applicant, acceptance.id());
        evaluation = acceptances
                .evaluationForApplicant(applicant, page.applicationId())
                .orElse(null);
        if (values.isEmpty()) {
            Map<String, BigDecimal> before = acceptance == null ? Map.of() : acceptance.achieved();
            for (Indicator i : agreement.indicators()) {
                values.add(new IndicatorInput(i.code(), before.get(i.code())));
            }
            summary = acceptance == null ? null : acceptance.summary();
        }
    }

    /** The signed agreement, or null: the part shows only for one. */
    public Agreement getAgreement() {
        look();
        return agreement;
    }

    public Acceptance getAcceptance() {
        look();
        return acceptance;
    }

    public PerformanceEvaluation getEvaluation() {
        look();
        return evaluation;
    }

    /**
     * Whether the applicant may (re)submit now: first request, a correction before opening, or after 限期整改 up to
     * its deadline.
     */
    public boolean isRequestable() {
        look();
        return agreement != null
                && (acceptance == null
                        || acceptance.status() == AcceptanceStatus.REQUESTED
                        || acceptance.status() == AcceptanceStatus.RECTIFYING && !isRectifyOverdue());
    }

    /** The deadline of a 限期整改 passed without a second request: the bureau will conclude. */
    public boolean isRectifyOverdue() {
        look();
        return acceptance != null && acceptances.rectifyOverdue(acceptance);
    }

    public String request() {
        try {
            Map<String, BigDecimal> typed = IndicatorInput.typed(values);
            List<MonitoringService.Upload> uploads = new ArrayList<>();
            if (file != null && file.getSize() > 0) {
                uploads.add(new MonitoringService.Upload(file.getFileName(), file.getInputStream()));
            }
            acceptances.request(currentUser.username(), page.applicationId(), typed, summary, uploads);
            messages.flashInfo("acceptance.requested");
            return "/applicant/application.xhtml?faces-redirect=true&id=" + page.applicationId();
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        } catch (IOException e) {
            messages.error(null, "attachment.storageFailed");
            return null;
        }
    }

    /** The input for the indicator at this position of the agreement. */
    public IndicatorInput value(int position) {
        look();
        return values.get(position);
    }

    public String name(Indicator indicator) {
        return programTexts.text(new LocalizedText(indicator.nameZh(), indicator.nameEn()));
    }

    public String unit(Indicator indicator) {
        return programTexts.text(new LocalizedText(indicator.unitZh(), indicator.unitEn()));
    }

    /** The files attached to the request so far, of every round. */
    public List<AcceptanceFile> getFiles() {
        look();
        return files;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
