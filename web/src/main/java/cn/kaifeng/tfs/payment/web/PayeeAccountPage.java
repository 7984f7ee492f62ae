package cn.kaifeng.tfs.payment.web;

import cn.kaifeng.tfs.payment.domain.PayeeAccount;
import cn.kaifeng.tfs.payment.service.PayeeAccountService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * The applicant organisation's bank account for its support (收款账户): shown masked; a change types the whole account
 * again (the number is never sent back to the browser).
 */
@Named
@RequestScoped
public class PayeeAccountPage {

    @Inject
    private PayeeAccountService accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Optional<PayeeAccount> current;

    @Size(max = PayeeAccount.MAX_NAME)
    private String holderName;

    @Size(max = PayeeAccount.MAX_NAME)
    private String bankName;

    @Size(max = 40)
    private String number;

    @PostConstruct
    void load() {
        current = accounts.mine(currentUser.username());
        current.ifPresent(a -> {
            holderName = a.holderName();
            bankName = a.bankName();
        });
    }

    public PayeeAccount getCurrent() {
        return current.orElse(null);
    }

    public String save() {
        try {
            accounts.save(currentUser.username(), holderName, bankName, number);
            messages.flashInfo("payee.saved");
            // the applicant's page or the bank's: the same form, back where it was sent from
            return jakarta.faces.context.FacesContext.getCurrentInstance()
                            .getViewRoot()
                            .getViewId() + "?faces-redirect=true";
        } catch (DomainException e) {
            String field = switch (e.messageKey()) {
                case "payee.holderRequired" -> "payee:holder";
                case "payee.bankRequired" -> "payee:bank";
                case "payee.numberFormat" -> "payee:number";
                default -> null;
            };
            messages.error(field, e);
            return null;
        }
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public String getBankName() {
        return bankName;
    }

    public void setBankName(String bankName) {
        this.bankName = bankName;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
