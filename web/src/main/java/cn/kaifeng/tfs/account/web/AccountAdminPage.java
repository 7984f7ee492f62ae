package cn.kaifeng.tfs.account.web;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.organisation.service.OrganisationService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * The administrator's account page: every account at a glance, and creating bureau, expert and bank accounts
 * (applicants register themselves) and the bank or bureau organisations they belong to.
 */
@Named
@ViewScoped
public class AccountAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Messages messages;

    @Inject
    private cn.kaifeng.tfs.shell.web.CurrentUser currentUser;

    @NotBlank
    @Size(max = 32)
    private String username;

    @NotBlank
    @Size(max = 50)
    private String displayName;

    @NotNull
    private Role role = Role.REVIEWER;

    private Long organisationId;

    @NotBlank
    @Size(max = 72)
    private String password;

    private OrganisationKind newOrganisationKind = OrganisationKind.BANK;
    private String newOrganisationName;
    private String newOrganisationCreditCode;

    /** Read once per view (the table asks for it several times per render) and again after a change. */
    private transient List<UserAccount> accountList;

    public List<UserAccount> getAccounts() {
        if (accountList == null) {
            accountList = accounts.list();
        }
        return accountList;
    }

    /** Roles an administrator hands out; APPLICANT comes only through self-registration. */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.APPLICANT).toList();
    }

    /** Organisations that may hold the chosen role (none for an expert). */
    public List<Organisation> getOrganisations() {
        EnumSet<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (role != null && role.allowedFor(kind)) {
                kinds.add(kind);
            }
        }
        return kinds.isEmpty() ? List.of() : organisations.listOfKinds(kinds);
    }

    public List<OrganisationKind> getNewOrganisationKinds() {
        return List.of(OrganisationKind.BANK, OrganisationKind.BUREAU);
    }

    public void createAccount() {
        try {
            UserAccount created = accounts.createAccount(
                    currentUser.username(),
                    new AccountService.NewAccount(username, displayName, role, organisationId, password));
            messages.info("admin.accounts.created", created.username());
            accountList = null;
            username = null;
            displayName = null;
            password = null;
            organisationId = null;
        } catch (DomainException e) {
            messages.error(null, e);
        }
    }

    public void createOrganisation() {
        try {
            Organisation created = organisations.createAsAdministrator(
                    currentUser.username(),
                    newOrganisationKind,
                    newOrganisationName,
                    UnifiedSocialCreditCode.of(newOrganisationCreditCode));
            messages.info("admin.organisations.created", created.name());
            newOrganisationName = null;
            newOrganisationCreditCode = null;
        } catch (DomainException e) {
            messages.error(null, e);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public OrganisationKind getNewOrganisationKind() {
        return newOrganisationKind;
    }

    public void setNewOrganisationKind(OrganisationKind newOrganisationKind) {
        this.newOrganisationKind = newOrganisationKind;
    }

    public String getNewOrganisationName() {
        return newOrganisationName;
    }

    public void setNewOrganisationName(String newOrganisationName) {
        this.newOrganisationName = newOrganisationName;
    }

    public String getNewOrganisationCreditCode() {
        return newOrganisationCreditCode;
    }

    public void setNewOrganisationCreditCode(String newOrganisationCreditCode) {
        this.newOrganisationCreditCode = newOrganisationCreditCode;
    }
}
