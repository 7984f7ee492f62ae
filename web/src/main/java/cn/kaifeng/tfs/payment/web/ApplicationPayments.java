package cn.kaifeng.tfs.payment.web;

import cn.kaifeng.tfs.casefile.web.ApplicationPage;
import cn.kaifeng.tfs.payment.domain.PaymentRequest;
import cn.kaifeng.tfs.payment.service.PaymentService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The payments part of the applicant's application page: each tranche that fell due, its amount and where its payment
 * stands (under review, approved, sent to the treasury, paid with the treasury's reference, or failed with the
 * reason). The page ({@link ApplicationPage}) says which application it is.
 */
@Named
@ViewScoped
public class ApplicationPayments implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationPage page;

    @Inject
    private PaymentService payments;

    @Inject
    private CurrentUser currentUser;

    private transient List<PaymentRequest> tranches;

    public List<PaymentRequest> getTranches() {
        if (tranches == null) {
            tranches = page.applicationId() == null || page.getNumber() == null
                    ? List.of()
                    : payments.ofApplication(currentUser.username(), page.applicationId());
        }
        return tranches;
    }
}
