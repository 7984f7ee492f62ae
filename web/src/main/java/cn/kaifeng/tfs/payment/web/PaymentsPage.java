package cn.kaifeng.tfs.payment.web;

import cn.kaifeng.tfs.payment.domain.PaymentRequest;
import cn.kaifeng.tfs.payment.service.PaymentService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The payment queue (资金拨付) for the bureau: every request not yet paid, with the reviewer's approval (审核) for a new
 * request and the finance approval (财务审批) for a finance officer. Each button carries the version of the row the
 * user saw, so a second person acting on the same request at the same moment is told instead of approving twice.
 */
@Named
@RequestScoped
public class PaymentsPage {

    private static final String SELF = "/reviewer/payments.xhtml?faces-redirect=true";

    @Inject
    private PaymentService payments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private List<PaymentRequest> queue;
    private Boolean financeOfficer;

    public List<PaymentRequest> getQueue() {
        if (queue == null) {
            queue = payments.queue(currentUser.username());
        }
        return queue;
    }

    public boolean isFinanceOfficer() {
        if (financeOfficer == null) {
            financeOfficer = payments.isFinanceOfficer(currentUser.username());
        }
        return financeOfficer;
    }

    public String review(long id, long version) {
        try {
            payments.review(currentUser.username(), id, version);
            messages.flashInfo("payment.reviewed", id);
            return SELF;
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    public String approve(long id, long version) {
        try {
            PaymentRequest request = payments.approve(currentUser.username(), id, version);
            messages.flashInfo("payment.approved." + request.status().name(), id);
            return SELF;
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }
}
