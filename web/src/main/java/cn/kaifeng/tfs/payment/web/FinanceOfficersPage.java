package cn.kaifeng.tfs.payment.web;

import cn.kaifeng.tfs.payment.service.PaymentService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrator's list of the bureau's reviewers, each with the finance approval permission given or taken back.
 * The list is kept with the view, so a button acts on the person it was shown next to.
 */
@Named
@ViewScoped
public class FinanceOfficersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A reviewer as listed. */
    public record Reviewer(long id, String username, String displayName, boolean officer) implements Serializable {}

    @Inject
    private PaymentService payments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private List<Reviewer> reviewers;

    public List<Reviewer> getReviewers() {
        if (reviewers == null) {
            List<String> officers = payments.financeOfficers(currentUser.username());
            reviewers = payments.reviewers(currentUser.username()).stream()
                    .map(u -> new Reviewer(u.id(), u.username(), u.displayName(), officers.contains(u.username())))
                    .toList();
        }
        return reviewers;
    }

    public String set(Reviewer reviewer, boolean granted) {
        try {
            payments.setFinanceOfficer(currentUser.username(), reviewer.username(), granted);
            messages.flashInfo(granted ? "finance.granted" : "finance.revoked", reviewer.username());
            return "/admin/finance-officers.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }
}
