package cn.kaifeng.tfs.agreement.web;

import cn.kaifeng.tfs.agreement.domain.AgreementMove;
import cn.kaifeng.tfs.agreement.domain.Indicator;
import cn.kaifeng.tfs.agreement.service.AgreementService;
import cn.kaifeng.tfs.casefile.web.ApplicationPage;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.web.ProgramTexts;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The agreement part of the applicant's application page: the agreement drafted for its award, where the applicant
 * proposes the targets, reads the tranches and their state, the obligations and the reporting schedule, downloads
 * the signed PDF and accepts it. The page ({@link ApplicationPage}) says which application it is.
 */
@Named
@ViewScoped
public class ApplicationAgreement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationPage page;

    @Inject
    private AgreementService agreements;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ProgramTexts programTexts;

    @Inject
    private Messages messages;

    /** The targets as typed, one per indicator; filled from the agreement when it is first shown. */
    private final List<IndicatorInput> targets = new ArrayList<>();

    private transient AgreementService.View view;
    private transient boolean looked;

    /** The agreement, or null when the application has none (yet). */
    public AgreementService.View getView() {
        if (!looked) {
            looked = true;
            view = page.applicationId() == null || page.getNumber() == null
                    ? null
                    : agreements
                            .forApplication(currentUser.username(), page.applicationId())
                            .orElse(null);
            if (view != null && targets.isEmpty()) {
                for (Indicator i : view.agreement().indicators()) {
                    targets.add(new IndicatorInput(i.code(), i.target()));
                }
            }
        }
        return view;
    }

    public boolean isProposable() {
        return getView() != null && AgreementService.allowed(view.agreement(), AgreementMove.PROPOSE_TARGETS);
    }

    public boolean isAcceptable() {
        return getView() != null && AgreementService.allowed(view.agreement(), AgreementMove.ACCEPT_AGREEMENT);
    }

    public String propose() {
        try {
            agreements.proposeTargets(currentUser.username(), page.applicationId(), IndicatorInput.typed(targets));
            messages.flashInfo("agreement.proposed");
            return reload();
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    public String accept() {
        try {
            agreements.accept(currentUser.username(), page.applicationId());
            messages.flashInfo("agreement.accepted");
            return reload();
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    private String reload() {
        return "/applicant/application.xhtml?faces-redirect=true&id=" + page.applicationId();
    }

    /** The input for the indicator at this position of the agreement. */
    public IndicatorInput target(int position) {
        getView();
        return targets.get(position);
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
