package cn.kaifeng.tfs.agreement.web;

import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.domain.AgreementMove;
import cn.kaifeng.tfs.agreement.domain.Indicator;
import cn.kaifeng.tfs.agreement.service.AgreementService;
import cn.kaifeng.tfs.program.domain.LocalizedText;
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
import java.math.BigDecimal;

/**
 * The reviewer's page of one agreement ({@code /reviewer/agreement.xhtml?id=} the application's id): the proposed
 * targets against the program's indicators, the tranches and the obligations; the reviewer accepts the targets
 * (which prints and signs the agreement) or returns them with a reason.
 */
@Named
@ViewScoped
public class AgreementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ProgramTexts programTexts;

    @Inject
    private Messages messages;

    private String id;

    @Size(max = Agreement.MAX_REASON)
    private String reason;

    private transient AgreementService.View view;

    /** Loads the agreement; an id that is not a number or names no agreement is a 404, like any page not there. */
    public void load() throws IOException {
        Long applicationId = applicationId();
        try {
            view = applicationId == null ? null : agreements.forReviewer(currentUser.username(), applicationId);
        } catch (DomainException e) {
            view = null;
        }
        if (view == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        }
    }

    private Long applicationId() {
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }

    public AgreementService.View getView() {
        if (view == null && applicationId() != null) {
            view = agreements.forReviewer(currentUser.username(), applicationId());
        }
        return view;
    }

    public boolean isReviewable() {
        return getView() != null && AgreementService.allowed(view.agreement(), AgreementMove.ACCEPT_TARGETS);
    }

    public String acceptTargets() {
        try {
            agreements.acceptTargets(currentUser.username(), applicationId());
            messages.flashInfo("agreement.targetsAccepted");
            return reload();
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    public String returnTargets() {
        try {
            agreements.returnTargets(currentUser.username(), applicationId(), reason);
            messages.flashInfo("agreement.targetsReturned");
            return reload();
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    private String reload() {
        return "/reviewer/agreement.xhtml?faces-redirect=true&id=" + applicationId();
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

    /** An indicator's name in the reader's language. */
    public String name(Indicator indicator) {
        return programTexts.text(new LocalizedText(indicator.nameZh(), indicator.nameEn()));
    }

    /** An indicator's unit in the reader's language. */
    public String unit(Indicator indicator) {
        return programTexts.text(new LocalizedText(indicator.unitZh(), indicator.unitEn()));
    }

    /** An amount kept in fen, as the pages print money. */
    public String fen(long fen) {
        return programTexts.money(BigDecimal.valueOf(fen, 2));
    }
}
