package cn.kaifeng.tfs.payment.web;

import cn.kaifeng.tfs.casefile.web.ApplicationPage;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.domain.Notice;
import cn.kaifeng.tfs.letter.service.NoticeService;
import cn.kaifeng.tfs.payment.domain.PaymentRequest;
import cn.kaifeng.tfs.payment.service.PaymentService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The payments part of the applicant's application page: each tranche that fell due, its amount and where its payment
 * stands (under review, approved, sent to the treasury, paid with the treasury's reference, or failed with the
 * reason), with the payment notice (拨付通知) of each paid one. The page ({@link ApplicationPage}) says which application it is.
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

    @Inject
    private NoticeService notices;

    private transient List<PaymentRequest> tranches;
    private transient Map<Long, Notice> paymentNotices;

    public List<PaymentRequest> getTranches() {
        if (tranches == null) {
            tranches = page.applicationId() == null || page.getNumber() == null
                    ? List.of()
                    : payments.ofApplication(currentUser.username(), page.applicationId());
        }
        return tranches;
    }

    /** The payment notices (拨付通知) of the paid tranches, by payment. */
    public Map<Long, Notice> getNotices() {
        if (paymentNotices == null) {
            paymentNotices = getTranches().isEmpty()
                    ? Map.of()
                    : notices.noticesOf(currentUser.username(), page.applicationId()).stream()
                            .filter(n -> n.kind() == LetterKind.PAYMENT_NOTICE)
                            .collect(Collectors.toMap(Notice::sourceId, Function.identity()));
        }
        return paymentNotices;
    }
}
