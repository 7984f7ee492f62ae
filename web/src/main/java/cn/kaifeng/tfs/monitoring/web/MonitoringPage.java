package cn.kaifeng.tfs.monitoring.web;

import cn.kaifeng.tfs.agreement.domain.Indicator;
import cn.kaifeng.tfs.monitoring.domain.MidtermCheck;
import cn.kaifeng.tfs.monitoring.domain.MidtermResult;
import cn.kaifeng.tfs.monitoring.domain.ProgressReport;
import cn.kaifeng.tfs.monitoring.domain.ReportMove;
import cn.kaifeng.tfs.monitoring.service.MidtermService;
import cn.kaifeng.tfs.monitoring.service.MonitoringService;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.web.FieldInput;
import cn.kaifeng.tfs.program.web.ProgramTexts;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The reviewer's page of one award's monitoring ({@code /reviewer/monitoring.xhtml?id=} the application's id): the
 * progress reports with what they say, accepting or returning each one submitted, and the mid-term check's form
 * with the checks recorded so far. An id that names no agreement is a 404; one not yet signed shows that.
 */
@Named
@ViewScoped
public class MonitoringPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MonitoringService monitoring;

    @Inject
    private MidtermService midterms;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ProgramTexts programTexts;

    @Inject
    private Messages messages;

    private String id;

    @Size(max = ProgressReport.MAX_REASON)
    private String reason;

    private LocalDate visitedOn;

    @Size(max = MidtermCheck.MAX_PLACE)
    private String place;

    @Size(max = MidtermCheck.MAX_PEOPLE)
    private String people;

    @Size(max = MidtermCheck.MAX_TEXT)
    private String findings;

    private MidtermResult result;

    private LocalDate rectifyBy;

    @Size(max = MidtermCheck.MAX_TEXT)
    private String rectifyWhat;

    private transient MonitoringService.Overview overview;
    private transient boolean found;

    /** Loads the award; an id that is not a number or names no agreement is a 404, like any page not there. */
    public void load() throws IOException {
        Long applicationId = applicationId();
        try {
            overview = applicationId == null
                    ? null
                    : monitoring.overview(currentUser.username(), applicationId).orElse(null);
            found = applicationId != null;
        } catch (DomainException e) {
            found = false;
        }
        if (!found) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        }
    }

    private Long applicationId() {
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }

    /** The award's monitoring; null when its agreement is not signed yet. */
    public MonitoringService.Overview getOverview() {
        if (overview == null && applicationId() != null) {
            try {
                overview = monitoring
                        .overview(currentUser.username(), applicationId())
                        .orElse(null);
            } catch (DomainException e) {
                overview = null;
            }
        }
        return overview;
    }

    public boolean reviewable(ProgressReport report) {
        return report != null && ReportMove.ACCEPT.allowedFrom(report.status());
    }

    public String accept(long reportId) {
        try {
            monitoring.accept(currentUser.username(), reportId);
            messages.flashInfo("report.accepted");
            return reload();
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    public String returnReport(long reportId) {
        try {
            monitoring.returnReport(currentUser.username(), reportId, reason);
            messages.flashInfo("report.returned");
            return reload();
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    public String recordMidterm() {
        try {
            midterms.recordMidterm(
                    currentUser.username(),
                    applicationId(),
                    new MidtermCheck.Visit(visitedOn, place, people, findings),
                    new MidtermCheck.Conclusion(result, rectifyBy, rectifyWhat));
            messages.flashInfo("midterm.recorded");
            return reload();
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    private String reload() {
        return "/reviewer/monitoring.xhtml?faces-redirect=true&id=" + applicationId();
    }

    public MidtermResult[] getResults() {
        return MidtermResult.values();
    }

    public String name(Indicator indicator) {
        return programTexts.text(new LocalizedText(indicator.nameZh(), indicator.nameEn()));
    }

    public String unit(Indicator indicator) {
        return programTexts.text(new LocalizedText(indicator.unitZh(), indicator.unitEn()));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getPeople() {
        return people;
    }

    public void setPeople(String people) {
        this.people = people;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public MidtermResult getResult() {
        return result;
    }

    public void setResult(MidtermResult result) {
        this.result = result;
    }

    public LocalDate getRectifyBy() {
        return rectifyBy;
    }

    public void setRectifyBy(LocalDate rectifyBy) {
        this.rectifyBy = rectifyBy;
    }

    public String getRectifyWhat() {
        return rectifyWhat;
    }

    public void setRectifyWhat(String rectifyWhat) {
        this.rectifyWhat = rectifyWhat;
    }

    /** A submitted report's answers to the program's report fields, for reading. */
    public List<FieldInput> answers(MonitoringService.PeriodView view) {
        return ReportAnswers.of(getOverview(), view);
    }
}
