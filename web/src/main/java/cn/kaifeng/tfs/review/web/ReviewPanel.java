package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.review.domain.PanelAssignment;
import cn.kaifeng.tfs.review.service.ExpertPoolService;
import cn.kaifeng.tfs.review.service.PanelService;
import cn.kaifeng.tfs.review.service.ReviewCase;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbench's expert panel part: choosing the experts (with their conflict flags) and the lead, then the
 * members' declarations and scores, and concluding the panel once enough experts have scored.
 */
@Named
@ViewScoped
public class ReviewPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewPage page;

    @Inject
    private ExpertPoolService expertPool;

    @Inject
    private PanelService panels;

    @Inject
    private Messages messages;

    /** The experts ticked, and the lead. */
    private final Map<String, Boolean> chosen = new LinkedHashMap<>();

    private String lead;

    /** What the services said about the case last read (entities and service records are not kept in the view). */
    private transient ReviewCase readFor;

    private transient List<ExpertPoolService.Candidate> candidates;
    private transient List<PanelAssignment> panel;
    private transient PanelService.Outcome outcome;

    private void freshen() {
        if (readFor != page.reviewCase()) {
            readFor = page.reviewCase();
            candidates = null;
            panel = null;
            outcome = null;
        }
    }

    public boolean isPanelStage() {
        return page.getStatus() == ApplicationStatus.EXPERT_REVIEW;
    }

    public List<ExpertPoolService.Candidate> getCandidates() {
        freshen();
        if (candidates == null) {
            candidates = isPanelStage() ? expertPool.candidates(page.reviewer(), page.caseId()) : List.of();
        }
        return candidates;
    }

    public List<PanelAssignment> getPanel() {
        freshen();
        if (panel == null) {
            panel = isPanelStage() || page.getStatus() == ApplicationStatus.REVIEW_CONCLUDED
                    ? panels.panel(page.reviewer(), page.caseId())
                    : List.of();
        }
        return panel;
    }

    public PanelService.Outcome getOutcome() {
        if (outcome == null && !getPanel().isEmpty()) {
            outcome = panels.outcome(page.caseId());
        }
        return outcome;
    }

    public String assign() {
        return page.perform(() -> {
            List<String> experts = chosen.entrySet().stream()
                    .filter(e -> Boolean.TRUE.equals(e.getValue()))
                    .map(Map.Entry::getKey)
                    .toList();
            panels.assign(page.reviewer(), page.caseId(), page.rowVersion(), experts, lead);
            messages.flashInfo("panel.assigned", page.getNumber(), experts.size());
        });
    }

    public String conclude() {
        return page.perform(() -> {
            panels.conclude(page.reviewer(), page.caseId(), page.rowVersion());
            messages.flashInfo("review.done", page.getNumber(), messages.text("event.CONCLUDE_PANEL"));
        });
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }
}
