package cn.kaifeng.tfs.verification.web;

import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.Messages;
import cn.kaifeng.tfs.verification.service.ClaimService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * Self-registration for applicants: an enterprise (claiming its credit code, proven later to the bureau) or a
 * talent team, and the first account of that organisation. Every problem is reported next to its field, all at once.
 */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClaimService claims;

    @Inject
    private Messages messages;

    @NotNull
    private OrganisationKind organisationKind = OrganisationKind.ENTERPRISE;

    @NotBlank
    @Size(max = 100)
    private String organisationName;

    @Size(max = 18)
    private String creditCode;

    @Size(max = 50)
    private String legalRepresentative;

    @NotBlank
    @Size(max = 50)
    private String displayName;

    @NotBlank
    @Size(max = 32)
    private String username;

    @NotBlank
    @Size(max = 72)
    private String password;

    @NotBlank
    @Size(max = 72)
    private String passwordRepeat;

    public List<OrganisationKind> getOrganisationKinds() {
        return List.of(OrganisationKind.ENTERPRISE, OrganisationKind.TALENT_TEAM);
    }

    public String register() {
        try {
            claims.register(new AccountService.ApplicantRegistration(
                    username,
                    displayName,
                    organisationKind,
                    organisationName,
                    creditCode,
                    legalRepresentative,
                    password));
        } catch (DomainException e) {
            messages.error(fieldFor(e.messageKey()), e);
            return null;
        }
        messages.flashInfo("register.done");
        return "/login.xhtml?faces-redirect=true";
    }

    private static String fieldFor(String messageKey) {
        if (messageKey.startsWith("username")) {
            return "register:username";
        }
        if (messageKey.startsWith("creditCode") || messageKey.startsWith("organisation.creditCode")) {
            return "register:creditCode";
        }
        if (messageKey.startsWith("organisation.legalRepresentative")) {
            return "register:legalRepresentative";
        }
        if (messageKey.startsWith("password")) {
            return "register:password";
        }
        return null;
    }

    public OrganisationKind getOrganisationKind() {
        return organisationKind;
    }

    public void setOrganisationKind(OrganisationKind organisationKind) {
        this.organisationKind = organisationKind;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }
}
