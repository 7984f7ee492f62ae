package cn.kaifeng.tfs.payment.web;

import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.payment.service.PaymentService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrator's list of the bureau's reviewers, each with the finance approval permission given or taken back. */
@Named
@RequestScoped
public class FinanceOfficersPage {

    @Inject
    private PaymentService payments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private List<UserAccount> reviewers;
    private List<String> officers;

    public List<UserAccount> getReviewers() {
        if (reviewers == null) {
            reviewers = payments.reviewers(currentUser.username());
        }
        return reviewers;
    }

    public boolean officer(String username) {
        if (officers == null) {
            officers = payments.financeOfficers(currentUser.username());
        }
        return officers.contains(username);
    }

    public String set(String username, boolean granted) {
        try {
            payments.setFinanceOfficer(currentUser.username(), username, granted);
            messages.flashInfo(granted ? "finance.granted" : "finance.revoked", username);
            return "/admin/finance-officers.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }
}
