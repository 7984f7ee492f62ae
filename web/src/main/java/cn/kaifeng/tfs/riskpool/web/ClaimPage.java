package cn.kaifeng.tfs.riskpool.web;

import cn.kaifeng.tfs.riskpool.domain.Claim;
import cn.kaifeng.tfs.riskpool.domain.ClaimState;
import cn.kaifeng.tfs.riskpool.service.ClaimService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import cn.kaifeng.tfs.shell.web.ViewIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * One claim for a reviewer ({@code ?id=<claim id>}): what the decision rests on, and the decision: approve or reject
 * with a reason; above the threshold another reviewer confirms or declines.
 */
@Named
@ViewScoped
public class ClaimPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClaimService claims;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Long id;

    @Size(max = Claim.MAX_REASON)
    private String reason;

    private transient ClaimService.View view;

    public void load() throws IOException {
        if (id != null) {
            try {
                view = claims.forReviewer(currentUser.username(), id);
                return;
            } catch (DomainException e) {
                // fall through to 404
            }
        }
        ViewIds.notFound();
    }

    public ClaimService.View getView() {
        if (view == null && id != null) {
            view = claims.forReviewer(currentUser.username(), id);
        }
        return view;
    }

    public boolean isReviewable() {
        return getView() != null && view.claim().state() == ClaimState.SUBMITTED;
    }

    public boolean isConfirmable() {
        return getView() != null && view.claim().state() == ClaimState.AWAITING_SECOND_APPROVAL;
    }

    /** Yuan with two decimals, for the page. */
    public String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** The pool's leverage now: covered balance over the pool's size, as a multiple with two decimals. */
    public String getLeverageUsed() {
        long size = getView().agreement().sizeFen();
        return BigDecimal.valueOf(view.exposure().poolBalanceFen())
                .divide(BigDecimal.valueOf(size), 2, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    public String approve() {
        return decide(true);
    }

    public String reject() {
        return decide(false);
    }

    private String decide(boolean approve) {
        long seen = getView().claim().rowVersion();
        boolean second = isConfirmable();
        return act(() -> second
                ? claims.confirm(currentUser.username(), id, seen, approve, reason)
                : claims.review(currentUser.username(), id, seen, approve, reason));
    }

    private String act(Supplier<Claim> step) {
        try {
            Claim claim = step.get();
            messages.flashInfo("riskpool.claim.decided." + claim.state().name(), claim.id());
            return "/reviewer/claim.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            messages.error(null, e);
            view = null;
            return null;
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getId() {
        return ViewIds.format(id);
    }

    public void setId(String id) {
        this.id = ViewIds.bound(this.id, id);
    }
}
