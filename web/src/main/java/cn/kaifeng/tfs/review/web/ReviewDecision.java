package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.review.domain.Objection;
import cn.kaifeng.tfs.review.service.DecisionService;
import cn.kaifeng.tfs.review.service.ReviewCase;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The workbench's decision part: the amount by the award rule, the proposal published in the public notice, the
 * objections raised during it and their resolution, and the four-eyes approval (decide, then confirm or decline by
 * a second reviewer).
 */
@Named
@ViewScoped
public class ReviewDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewPage page;

    @Inject
    private DecisionService decisions;

    /** The amount the reviewer proposes or approves; until typed, the proposal (when deciding) or the award rule's. */
    private BigDecimal amount;

    private boolean amountTyped;
    private String amountReason;
    private String resolution;

    /** Dismissing objections as vexatious: identical ones raised later no longer pause the case. */
    private boolean vexatious;

    private String declineReason;

    /** Entities are not kept in the view: the objections of the case last read. */
    private transient ReviewCase objectionsFor;

    private transient List<Objection> objections;

    public String propose() {
        return page.decide(
                () -> decisions.propose(page.reviewer(), page.caseId(), page.rowVersion(), getAmount(), amountReason));
    }

    public String dismissObjection() {
        return page.decide(() -> decisions.resolveObjections(
                page.reviewer(), page.caseId(), page.rowVersion(), false, resolution, vexatious));
    }

    public String upholdObjection() {
        return page.decide(() -> decisions.resolveObjections(
                page.reviewer(), page.caseId(), page.rowVersion(), true, resolution, false));
    }

    public String approve() {
        return page.decide(
                () -> decisions.approve(page.reviewer(), page.caseId(), page.rowVersion(), getAmount(), amountReason));
    }

    public String confirmApproval() {
        return page.decide(() -> decisions.confirm(page.reviewer(), page.caseId(), page.rowVersion()));
    }

    public String declineApproval() {
        return page.decide(() -> decisions.decline(page.reviewer(), page.caseId(), page.rowVersion(), declineReason));
    }

    /** The objections, read once per case read (the page asks for them several times while it renders). */
    public List<Objection> getObjections() {
        if (objectionsFor != page.reviewCase()) {
            objectionsFor = page.reviewCase();
            ApplicationStatus status = page.getStatus();
            objections = status == ApplicationStatus.OBJECTED || status == ApplicationStatus.PUBLIC_NOTICE
                    ? decisions.objections(page.reviewer(), page.caseId())
                    : List.of();
        }
        return objections;
    }

    private static BigDecimal yuan(Money money) {
        return money == null ? null : money.yuan();
    }

    public BigDecimal getAward() {
        return page.reviewCase() == null ? null : yuan(page.reviewCase().award());
    }

    public BigDecimal getProposedAmount() {
        return page.reviewCase() == null ? null : yuan(page.reviewCase().proposedAmount());
    }

    public Instant getNoticeEndsAt() {
        return page.reviewCase() == null ? null : page.reviewCase().noticeEndsAt();
    }

    public BigDecimal getDecidedAmount() {
        return page.reviewCase() == null ? null : yuan(page.reviewCase().decidedAmount());
    }

    public String getDecidedBy() {
        return page.reviewCase() == null ? null : page.reviewCase().decidedBy();
    }

    public BigDecimal getAmount() {
        if (amountTyped) {
            return amount;
        }
        ReviewCase reviewCase = page.reviewCase();
        if (reviewCase == null) {
            return null;
        }
        return reviewCase.status() == ApplicationStatus.AWAITING_DECISION && reviewCase.proposedAmount() != null
                ? reviewCase.proposedAmount().yuan()
                : yuan(reviewCase.award());
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
        this.amountTyped = true;
    }

    public String getAmountReason() {
        return amountReason;
    }

    public void setAmountReason(String amountReason) {
        this.amountReason = amountReason;
    }

    public boolean isVexatious() {
        return vexatious;
    }

    public void setVexatious(boolean vexatious) {
        this.vexatious = vexatious;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }
}
