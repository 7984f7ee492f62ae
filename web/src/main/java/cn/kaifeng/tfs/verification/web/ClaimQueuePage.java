package cn.kaifeng.tfs.verification.web;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import cn.kaifeng.tfs.shell.web.ViewIds;
import cn.kaifeng.tfs.verification.domain.ClaimDocument;
import cn.kaifeng.tfs.verification.domain.ClaimStatus;
import cn.kaifeng.tfs.verification.service.ClaimService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The reviewers' queue of claims to a credit code, and one claim (with {@code ?id=}) to decide: its documents, the
 * other parties to the same code if it is disputed, approve, or reject with a reason.
 */
@Named
@ViewScoped
public class ClaimQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClaimService claims;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Long id;

    @Size(max = 500)
    private String reason;

    private transient List<ClaimService.Review> waiting;
    private transient ClaimService.Review selected;

    /** With an id that names no claim: 404, as for any object that does not exist. */
    public void open() throws IOException {
        if (id != null && claims.forReview(id).isEmpty()) {
            ViewIds.notFound();
        }
    }

    public List<ClaimService.Review> getWaiting() {
        if (waiting == null) {
            waiting = claims.waiting();
        }
        return waiting;
    }

    public ClaimService.Review getSelected() {
        if (selected == null && id != null) {
            selected = claims.forReview(id).orElse(null);
        }
        return selected;
    }

    public boolean isDecidable() {
        return getSelected() != null && getSelected().claim().status() == ClaimStatus.SUBMITTED;
    }

    public List<ClaimDocument> getDocuments() {
        return getSelected() == null
                ? List.of()
                : claims.documents(getSelected().claim().id());
    }

    public String approve() {
        try {
            claims.approve(id, currentUser.username());
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
        messages.flashInfo("verification.approved");
        return "/reviewer/verifications?faces-redirect=true";
    }

    public String reject() {
        try {
            claims.reject(id, currentUser.username(), reason);
        } catch (DomainException e) {
            messages.error("decide:reason", e);
            return null;
        }
        messages.flashInfo("verification.rejected");
        return "/reviewer/verifications?faces-redirect=true";
    }

    public String getId() {
        return ViewIds.format(id);
    }

    public void setId(String id) {
        this.id = ViewIds.bound(this.id, id);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
