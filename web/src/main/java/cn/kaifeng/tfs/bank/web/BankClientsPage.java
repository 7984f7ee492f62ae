package cn.kaifeng.tfs.bank.web;

import cn.kaifeng.tfs.bank.domain.BankClient;
import cn.kaifeng.tfs.bank.domain.ClientCredentials;
import cn.kaifeng.tfs.bank.service.BankClientService;
import cn.kaifeng.tfs.bank.service.ConsentService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Administrators issue and revoke banks' API credentials. The secret is shown on the page that issues it, in that
 * response only: it is not stored, so it can never be shown again (a lost secret means a new client).
 */
@Named
@RequestScoped
public class BankClientsPage {

    @Inject
    private BankClientService clients;

    @Inject
    private ConsentService consents;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Long bankId;
    private String label;
    private Integer perMinute = BankClient.DEFAULT_PER_MINUTE;
    private ClientCredentials.Issued issued;
    private List<BankClientService.View> rows;

    public void issue() {
        try {
            issued = clients.issue(bankId, label, perMinute, currentUser.username());
            // the secret is in this response only: no cache may keep it
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .setResponseHeader("Cache-Control", "no-store");
            rows = null;
            label = null;
        } catch (DomainException e) {
            messages.error(
                    e.messageKey().startsWith("bank.client.label")
                            ? "issue:label"
                            : e.messageKey().equals("bank.client.badRate") ? "issue:rate" : "issue:bank",
                    e);
        }
    }

    public String revoke(long id) {
        try {
            clients.revoke(id, currentUser.username());
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
        messages.flashInfo("bank.client.revokedDone");
        return "/admin/bank-clients?faces-redirect=true";
    }

    public List<ConsentService.Bank> getBanks() {
        return consents.banks();
    }

    public List<BankClientService.View> getRows() {
        if (rows == null) {
            rows = clients.list();
        }
        return rows;
    }

    public ClientCredentials.Issued getIssued() {
        return issued;
    }

    public Long getBankId() {
        return bankId;
    }

    public void setBankId(Long bankId) {
        this.bankId = bankId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Integer getPerMinute() {
        return perMinute;
    }

    public void setPerMinute(Integer perMinute) {
        this.perMinute = perMinute;
    }
}
