package cn.kaifeng.tfs.monitoring.web;

import cn.kaifeng.tfs.agreement.domain.Indicator;
import cn.kaifeng.tfs.agreement.web.IndicatorInput;
import cn.kaifeng.tfs.casefile.service.IncompleteApplicationException;
import cn.kaifeng.tfs.casefile.web.ApplicationPage;
import cn.kaifeng.tfs.casefile.web.FormProblems;
import cn.kaifeng.tfs.monitoring.domain.ProgressReport;
import cn.kaifeng.tfs.monitoring.service.MonitoringService;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.web.FieldInput;
import cn.kaifeng.tfs.program.web.ProgramTexts;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * The monitoring part of the applicant's application page: the progress reports its signed agreement asks for, with
 * their due dates and states (overdue flagged), the form to submit one (again, after a return), and the mid-term
 * check's result. Only the application's own organisation sees it (the service answers "not found" otherwise).
 */
@Named
@ViewScoped
public class ApplicationMonitoring implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationPage page;

    @Inject
    private MonitoringService monitoring;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ProgramTexts programTexts;

    @Inject
    private Messages messages;

    private Integer period;

    @Size(max = ProgressReport.MAX_SUMMARY)
    private String summary;

    private BigDecimal spent;

    private final List<IndicatorInput> values = new ArrayList<>();

    /** The program's own report fields, generated as the application form is. */
    private List<FieldInput> answers = List.of();

    private transient UploadedFile file;

    private transient MonitoringService.Overview overview;
    private transient boolean looked;

    /** The award's monitoring, or null when it has no agreement in force (or the page is not about an award). */
    public MonitoringService.Overview getOverview() {
        if (!looked) {
            looked = true;
            try {
                overview = page.applicationId() == null || page.getNumber() == null
                        ? null
                        : monitoring
                                .overview(currentUser.username(), page.applicationId())
                                .orElse(null);
            } catch (DomainException e) {
                overview = null;
            }
            if (overview != null && values.isEmpty()) {
                for (Indicator i : overview.agreement().indicators()) {
                    values.add(new IndicatorInput(i.code(), null));
                }
                answers = FieldInput.of(overview.template().reporting().fieldDefinitions(), Map.of());
            }
        }
        return overview;
    }

    /** The periods the applicant may submit a report for now. */
    public List<MonitoringService.PeriodView> getSubmittable() {
        return getOverview() == null
                ? List.of()
                : overview.periods().stream()
                        .filter(MonitoringService.PeriodView::submittable)
                        .toList();
    }

    public String submit() {
        if (period == null) {
            messages.error("report:period", "report.periodRequired");
            return null;
        }
        try {
            Map<String, BigDecimal> typed = IndicatorInput.typed(values);
            List<MonitoringService.Upload> uploads = new ArrayList<>();
            if (file != null && file.getSize() > 0) {
                uploads.add(new MonitoringService.Upload(file.getFileName(), file.getInputStream()));
            }
            monitoring.submit(
                    currentUser.username(),
                    page.applicationId(),
                    period,
                    MonitoringService.answered(
                            summary, typed, spent == null ? null : Money.ofYuan(spent), FieldInput.values(answers)),
                    uploads);
            messages.flashInfo("report.submitted");
            return "/applicant/application.xhtml?faces-redirect=true&id=" + page.applicationId();
        } catch (IncompleteApplicationException e) {
            FormProblems.show(
                    messages,
                    programTexts,
                    answers.stream().map(FieldInput::getField).toList(),
                    answers,
                    "report:answers",
                    e.problems());
            return null;
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        } catch (IOException e) {
            messages.error(null, "attachment.storageFailed");
            return null;
        }
    }

    /** The inputs of the program's own report fields. */
    public List<FieldInput> getAnswers() {
        getOverview();
        return answers;
    }

    /** A submitted report's answers to the program's report fields, for reading. */
    public List<FieldInput> answers(MonitoringService.PeriodView view) {
        return ReportAnswers.of(getOverview(), view);
    }

    /** The input for the indicator at this position of the agreement. */
    public IndicatorInput value(int position) {
        getOverview();
        return values.get(position);
    }

    public String name(Indicator indicator) {
        return programTexts.text(new LocalizedText(indicator.nameZh(), indicator.nameEn()));
    }

    public String unit(Indicator indicator) {
        return programTexts.text(new LocalizedText(indicator.unitZh(), indicator.unitEn()));
    }

    public Integer getPeriod() {
        return period;
    }

    public void setPeriod(Integer period) {
        this.period = period;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public BigDecimal getSpent() {
        return spent;
    }

    public void setSpent(BigDecimal spent) {
        this.spent = spent;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
