package cn.kaifeng.tfs.recovery.web;

import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.domain.Notice;
import cn.kaifeng.tfs.letter.service.NoticeService;
import cn.kaifeng.tfs.recovery.domain.RecoveryOrder;
import cn.kaifeng.tfs.recovery.domain.RecoveryReason;
import cn.kaifeng.tfs.recovery.service.RecoveryService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import cn.kaifeng.tfs.shell.web.ViewIds;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One recovery order for a reviewer: its figures and payments, with the forms that record a payment and, once it
 * is overdue, a 失信 record. Opened with {@code ?application=} instead, it is the form that opens an order on that
 * award, showing what was paid to it and what other orders already claim.
 */
@Named
@ViewScoped
public class RecoveryOrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecoveryService recoveries;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private NoticeService notices;

    private transient Notice notice;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long id;
    private Long applicationId;

    // opening an order
    private BigDecimal amount;
    private RecoveryReason reason = RecoveryReason.BREACH;
    private String reasonText;
    private LocalDate dueDate;

    // a payment
    private BigDecimal paymentAmount;
    private LocalDate paidOn;

    // a 失信 record
    private String creditReason;

    private transient RecoveryService.OrderView order;
    private transient RecoveryService.Recoverable recoverable;

    /** A payment is dated today (Beijing) unless the reviewer says otherwise; the clock is there only after injection. */
    @PostConstruct
    void init() {
        paidOn = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    /** An unknown or malformed id, or a caller who is no reviewer, answers 404. */
    public void load() throws IOException {
        try {
            if (id != null) {
                getOrder();
                return;
            }
            if (applicationId != null) {
                getRecoverable();
                return;
            }
        } catch (DomainException e) {
            // fall through to 404
        }
        ViewIds.notFound();
    }

    public RecoveryService.OrderView getOrder() {
        if (order == null && id != null) {
            order = recoveries.order(currentUser.username(), id);
        }
        return order;
    }

    /** The order's recovery notice (追回通知), issued when it was opened; null for an order opened before notices. */
    public Notice getNotice() {
        if (notice == null && id != null) {
            notice = notices.bySource(currentUser.username(), LetterKind.RECOVERY_NOTICE, List.of(id))
                    .get(id);
        }
        return notice;
    }

    public RecoveryService.Recoverable getRecoverable() {
        if (recoverable == null && applicationId != null) {
            recoverable = recoveries.recoverable(currentUser.username(), applicationId);
        }
        return recoverable;
    }

    public String open() {
        try {
            RecoveryOrder opened = recoveries.open(
                    currentUser.username(),
                    applicationId,
                    amount == null ? null : Money.ofYuan(amount),
                    reason,
                    reasonText,
                    dueDate);
            messages.flashInfo("recovery.opened", String.valueOf(opened.id()));
            return "/reviewer/recovery-order.xhtml?faces-redirect=true&id=" + opened.id();
        } catch (DomainException e) {
            messages.error("open:amount", e);
            return null;
        }
    }

    public String pay() {
        try {
            recoveries.pay(
                    currentUser.username(), id, paymentAmount == null ? null : Money.ofYuan(paymentAmount), paidOn);
            messages.flashInfo("recovery.paid");
            return "/reviewer/recovery-order.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            messages.error("payment:payment-amount", e);
            return null;
        }
    }

    public String recordCredit() {
        try {
            recoveries.recordCredit(currentUser.username(), id, creditReason);
            messages.flashInfo("credit.recorded");
            return "/reviewer/recovery-order.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            messages.error("credit:credit-reason", e);
            return null;
        }
    }

    public List<RecoveryReason> getReasons() {
        return List.of(RecoveryReason.values());
    }

    public String getId() {
        return ViewIds.format(id);
    }

    public void setId(String id) {
        this.id = ViewIds.bound(this.id, id);
    }

    public String getApplication() {
        return ViewIds.format(applicationId);
    }

    public void setApplication(String application) {
        this.applicationId = ViewIds.bound(this.applicationId, application);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public RecoveryReason getReason() {
        return reason;
    }

    public void setReason(RecoveryReason reason) {
        this.reason = reason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public void setReasonText(String reasonText) {
        this.reasonText = reasonText;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(BigDecimal paymentAmount) {
        this.paymentAmount = paymentAmount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getCreditReason() {
        return creditReason;
    }

    public void setCreditReason(String creditReason) {
        this.creditReason = creditReason;
    }
}
