package cn.kaifeng.tfs.payment.web;

import cn.kaifeng.tfs.payment.domain.PaymentRequest;
import cn.kaifeng.tfs.payment.domain.PaymentStatus;
import cn.kaifeng.tfs.payment.service.PaymentService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The payment queue (资金拨付) for the bureau: every request not yet paid, with the reviewer's approval (审核) for a new
 * request and the finance approval (财务审批) for a finance officer. The rows are kept with the view as they were
 * shown, so a button approves the payment the user saw even if the queue changed meanwhile, and with the version the
 * user saw, so a second person acting on the same request at the same moment is told instead of approving twice.
 */
@Named
@ViewScoped
public class PaymentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SELF = "/reviewer/payments.xhtml?faces-redirect=true";

    /** A request as the queue shows it. */
    public record Row(
            long id,
            long version,
            String caseNumber,
            int trancheNo,
            Money amount,
            PaymentStatus status,
            boolean twoFinance,
            String approvals,
            String failureReason)
            implements Serializable {

        static Row of(PaymentRequest r) {
            String approvals = String.join(
                    " · ",
                    java.util.stream.Stream.of(r.reviewedBy(), r.firstFinanceBy(), r.secondFinanceBy())
                            .filter(java.util.Objects::nonNull)
                            .toList());
            return new Row(
                    r.id(),
                    r.rowVersion(),
                    r.caseNumber(),
                    r.trancheNo(),
                    r.amount(),
                    r.status(),
                    r.needsSecondApproval(),
                    approvals,
                    r.status() == PaymentStatus.FAILED ? r.failureReason() : null);
        }
    }

    @Inject
    private PaymentService payments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private List<Row> queue;
    private Boolean financeOfficer;

    public List<Row> getQueue() {
        if (queue == null) {
            queue = payments.queue(currentUser.username()).stream().map(Row::of).toList();
        }
        return queue;
    }

    public boolean isFinanceOfficer() {
        if (financeOfficer == null) {
            financeOfficer = payments.isFinanceOfficer(currentUser.username());
        }
        return financeOfficer;
    }

    public String review(Row row) {
        try {
            payments.review(currentUser.username(), row.id(), row.version());
            messages.flashInfo("payment.reviewed", String.valueOf(row.id()));
            return SELF;
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    public String approve(Row row) {
        try {
            PaymentRequest request = payments.approve(currentUser.username(), row.id(), row.version());
            messages.flashInfo("payment.approved." + request.status().name(), String.valueOf(row.id()));
            return SELF;
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }
}
