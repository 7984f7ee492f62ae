package cn.kaifeng.tfs.acceptance.web;

import cn.kaifeng.tfs.acceptance.domain.Acceptance;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceFile;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceStatus;
import cn.kaifeng.tfs.acceptance.service.AcceptanceConclusionService;
import cn.kaifeng.tfs.acceptance.service.AcceptancePanelService;
import cn.kaifeng.tfs.acceptance.service.AcceptanceService;
import cn.kaifeng.tfs.acceptance.service.Acceptances;
import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.domain.Indicator;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.web.ProgramTexts;
import cn.kaifeng.tfs.review.service.ExpertPoolService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One acceptance for a reviewer ({@code ?id=<application id>}): the request (values achieved against the targets,
 * the summary), opening it, assigning the panel from the expert pool (conflicts the system finds are marked), the
 * experts' scores once enough are in, and confirming the conclusion they lead to.
 */
@Named
@ViewScoped
public class AcceptancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AcceptanceService acceptances;

    @Inject
    private AcceptancePanelService panels;

    @Inject
    private AcceptanceConclusionService conclusions;

    @Inject
    private ExpertPoolService pool;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private ProgramTexts programTexts;

    private Long id;
    private List<String> chosen = new ArrayList<>();

    @Size(max = Acceptance.MAX_LAPSE_REASON)
    private String lapseReason;

    private transient Acceptance acceptance;
    private transient Agreement agreement;
    private transient Acceptances.Outcome outcome;
    private transient List<AcceptanceFile> files;
    private transient boolean rectifyOverdue;
    private transient List<ExpertPoolService.Candidate> candidates;

    public void load() throws IOException {
        if (id != null) {
            try {
                read();
                return;
            } catch (DomainException e) {
                // fall through to 404: another's, missing or not requested are alike
            }
        }
        ViewIds.notFound();
    }

    private void read() {
        String reviewer = currentUser.username();
        acceptance = acceptances.forReviewer(reviewer, id);
        agreement = acceptances.agreementForReviewer(reviewer, id);
        outcome = panels.outcome(reviewer, id);
        files = acceptances.files(reviewer, acceptance.id());
        rectifyOverdue = acceptances.rectifyOverdue(acceptance);
        candidates = null;
    }

    private void ensure() {
        if (acceptance == null && id != null) {
            read();
        }
    }

    public Acceptance getAcceptance() {
        ensure();
        return acceptance;
    }

    public Agreement getAgreement() {
        ensure();
        return agreement;
    }

    /** The files attached to the request, of every round. */
    public List<AcceptanceFile> getFiles() {
        ensure();
        return files;
    }

    /** The deadline of a 限期整改 passed without a second request: the reviewer may conclude 不通过 (逾期未整改). */
    public boolean isRectifyOverdue() {
        ensure();
        return rectifyOverdue;
    }

    public Acceptances.Outcome getOutcome() {
        ensure();
        return outcome;
    }

    public boolean isOpenable() {
        return getAcceptance() != null && acceptance.status() == AcceptanceStatus.REQUESTED;
    }

    public boolean isAssignable() {
        return getAcceptance() != null
                && (acceptance.status() == AcceptanceStatus.OPENED || acceptance.status() == AcceptanceStatus.PANEL);
    }

    public boolean isConcludable() {
        return getAcceptance() != null && acceptance.status() == AcceptanceStatus.PANEL && outcome.enoughScores();
    }

    /** Experts of the pool not on this round's panel yet. */
    public List<ExpertPoolService.Candidate> getCandidates() {
        if (candidates == null && isAssignable()) {
            List<String> onPanel = outcome.panel().stream().map(p -> p.expert()).toList();
            candidates = pool.candidates(currentUser.username(), id).stream()
                    .filter(c -> !onPanel.contains(c.username()))
                    .toList();
        }
        return candidates == null ? List.of() : candidates;
    }

    public String open() {
        return act(() -> acceptances.open(currentUser.username(), id), "acceptance.openedMessage");
    }

    public String assign() {
        return act(() -> panels.assign(currentUser.username(), id, chosen), "acceptance.assignedMessage");
    }

    public String conclude() {
        long seen = getAcceptance().rowVersion();
        return act(() -> conclusions.conclude(currentUser.username(), id, seen), "acceptance.concludedMessage");
    }

    /** 不通过 (逾期未整改) with the reviewer's reason, without a second panel. */
    public String concludeLapsed() {
        long seen = getAcceptance().rowVersion();
        return act(
                () -> conclusions.concludeLapsed(currentUser.username(), id, seen, lapseReason),
                "acceptance.lapsedMessage");
    }

    public String getLapseReason() {
        return lapseReason;
    }

    public void setLapseReason(String lapseReason) {
        this.lapseReason = lapseReason;
    }

    private String act(Supplier<?> step, String done) {
        try {
            step.get();
            messages.flashInfo(done, acceptance.caseNumber());
            return "/reviewer/acceptance.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            messages.error(null, e);
            read();
            return null;
        }
    }

    /** The value achieved for an indicator, as typed by the applicant. */
    public String achieved(Indicator indicator) {
        var value = getAcceptance().achieved().get(indicator.code());
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    public String name(Indicator indicator) {
        return programTexts.text(new LocalizedText(indicator.nameZh(), indicator.nameEn()));
    }

    public String unit(Indicator indicator) {
        return programTexts.text(new LocalizedText(indicator.unitZh(), indicator.unitEn()));
    }

    public String getId() {
        return ViewIds.format(id);
    }

    public void setId(String id) {
        this.id = ViewIds.bound(this.id, id);
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }
}
