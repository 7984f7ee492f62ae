package cn.kaifeng.tfs.verification.web;

import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.organisation.domain.IdentityStatus;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import cn.kaifeng.tfs.verification.domain.Claim;
import cn.kaifeng.tfs.verification.domain.ClaimDocument;
import cn.kaifeng.tfs.verification.domain.DocumentKind;
import cn.kaifeng.tfs.verification.service.ClaimService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The applicant's own organisation: where its claim to a credit code stands, its two documents and sending them to
 * the bureau, and, once verified, the colleagues' accounts it adds itself.
 */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClaimService claims;

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @NotBlank
    @Size(max = 32)
    private String colleagueUsername;

    @NotBlank
    @Size(max = 50)
    private String colleagueName;

    @NotBlank
    @Size(max = 72)
    private String colleaguePassword;

    @NotBlank
    @Size(max = 72)
    private String colleaguePasswordRepeat;

    private transient Optional<Claim> claim;
    private transient List<ClaimDocument> documents;

    /** One document slot: its kind and the file currently uploaded for it, if any. */
    public record Slot(DocumentKind kind, ClaimDocument document) {}

    /** The largest document accepted, for the browser to refuse a bigger one before sending it. */
    public long getMaxBytes() {
        return ClaimService.MAX_DOCUMENT_BYTES;
    }

    public Optional<Organisation> getOrganisation() {
        return currentUser.account().map(UserAccount::organisation);
    }

    public boolean isProven() {
        return getOrganisation().map(o -> o.identityStatus().proven()).orElse(false);
    }

    public boolean isVerified() {
        return getOrganisation()
                .map(o -> o.identityStatus() == IdentityStatus.VERIFIED)
                .orElse(false);
    }

    public Claim getClaim() {
        if (claim == null) {
            claim = claims.mine(currentUser.username());
        }
        return claim.orElse(null);
    }

    public boolean isChangeable() {
        return getClaim() != null && getClaim().status().claimantMayChange();
    }

    public List<Slot> getSlots() {
        if (getClaim() == null) {
            return List.of();
        }
        if (documents == null) {
            documents = claims.documents(getClaim().id());
        }
        return java.util.Arrays.stream(DocumentKind.values())
                .map(kind -> new Slot(
                        kind,
                        documents.stream()
                                .filter(d -> d.kind() == kind)
                                .findFirst()
                                .orElse(null)))
                .toList();
    }

    /** One document arriving for one slot (the uploader says which); a refused file is explained, nothing is lost. */
    public void upload(FileUploadEvent event) {
        DocumentKind kind = kindOf(event.getComponent().getAttributes().get("kind"));
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            claims.upload(currentUser.username(), kind, file.getFileName(), content);
            messages.info("attachment.accepted", file.getFileName());
        } catch (DomainException e) {
            messages.error(
                    null,
                    "form.problem",
                    messages.text("verification.document." + kind),
                    messages.text(e.messageKey(), e.arguments()));
        } catch (IOException e) {
            messages.error(null, "attachment.storageFailed");
        }
        reload();
    }

    public String submit() {
        try {
            claims.submit(currentUser.username());
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
        messages.flashInfo("verification.submitted");
        return "/applicant/organisation?faces-redirect=true";
    }

    public List<UserAccount> getColleagues() {
        return isProven() ? accounts.colleaguesOf(currentUser.username()) : List.of();
    }

    public String addColleague() {
        if (!colleaguePassword.equals(colleaguePasswordRepeat)) {
            messages.error("colleague:passwordRepeat", "password.mismatch");
            return null;
        }
        try {
            accounts.addColleague(
                    currentUser.username(),
                    new AccountService.NewColleague(colleagueUsername, colleagueName, colleaguePassword));
        } catch (DomainException e) {
            messages.error(colleagueField(e.messageKey()), e);
            return null;
        }
        messages.flashInfo("colleague.added", colleagueUsername);
        return "/applicant/organisation?faces-redirect=true";
    }

    private static String colleagueField(String key) {
        if (key.startsWith("username")) {
            return "colleague:username";
        }
        if (key.startsWith("password")) {
            return "colleague:password";
        }
        return null;
    }

    private static DocumentKind kindOf(Object attribute) {
        try {
            return DocumentKind.valueOf(String.valueOf(attribute));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void reload() {
        claim = null;
        documents = null;
    }

    public String getColleagueUsername() {
        return colleagueUsername;
    }

    public void setColleagueUsername(String colleagueUsername) {
        this.colleagueUsername = colleagueUsername;
    }

    public String getColleagueName() {
        return colleagueName;
    }

    public void setColleagueName(String colleagueName) {
        this.colleagueName = colleagueName;
    }

    public String getColleaguePassword() {
        return colleaguePassword;
    }

    public void setColleaguePassword(String colleaguePassword) {
        this.colleaguePassword = colleaguePassword;
    }

    public String getColleaguePasswordRepeat() {
        return colleaguePasswordRepeat;
    }

    public void setColleaguePasswordRepeat(String colleaguePasswordRepeat) {
        this.colleaguePasswordRepeat = colleaguePasswordRepeat;
    }
}
