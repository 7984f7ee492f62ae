package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.review.service.DecisionService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.ClientAddress;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The public notice (公示) page, open to everyone: proposed approvals with program, organisation and amount, how
 * long each notice still runs, and a form to object to one. No personal data is shown.
 */
@Named
@RequestScoped
public class PublicNoticePage {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @Inject
    private DecisionService decisions;

    @Inject
    private Messages messages;

    @Inject
    private cn.kaifeng.tfs.program.service.ProgramService catalog;

    @Inject
    private cn.kaifeng.tfs.program.web.ProgramTexts programTexts;

    private List<DecisionService.Notice> list;
    private Long applicationId;
    private String reason;
    private String contact;

    public List<DecisionService.Notice> getList() {
        if (list == null) {
            list = decisions.onNotice();
        }
        return list;
    }

    /** "3 天 4 小时" until the end, or "已届满" once over (the schedule moves it on within seconds). */
    public String remaining(Instant endsAt) {
        if (endsAt == null) {
            return "–";
        }
        Duration left = Duration.between(clock.instant(), endsAt);
        if (left.isNegative() || left.isZero()) {
            return messages.text("notice.ended");
        }
        return messages.text("notice.remaining", left.toDays(), left.toHoursPart(), left.toMinutesPart());
    }

    public String programName(String code, int version) {
        return catalog.version(code, version)
                .map(p -> programTexts.text(p.name()))
                .orElse(code);
    }

    public void object() {
        if (applicationId == null) {
            messages.error(null, "notice.chooseApplication");
            return;
        }
        try {
            HttpServletRequest request = (HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest();
            decisions.object(applicationId, reason, contact, ClientAddress.of(request));
            messages.info("notice.objected");
            list = null;
            applicationId = null;
            reason = null;
            contact = null;
        } catch (DomainException e) {
            messages.error(null, e);
        }
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
