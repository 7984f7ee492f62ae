package cn.kaifeng.tfs.acceptance.web;

import cn.kaifeng.tfs.acceptance.domain.Acceptance;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceAssignment;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceFile;
import cn.kaifeng.tfs.acceptance.domain.AcceptanceStatus;
import cn.kaifeng.tfs.acceptance.service.AcceptancePanelService;
import cn.kaifeng.tfs.acceptance.service.AcceptanceService;
import cn.kaifeng.tfs.agreement.domain.Indicator;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.web.ProgramTexts;
import cn.kaifeng.tfs.review.web.ScoreInputs;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import cn.kaifeng.tfs.shell.web.ViewIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An expert's acceptance assignment ({@code ?id=<assignment id>}): the conflict declaration first (nothing of the
 * request is shown before it), then, if cleared, the request (values achieved against the agreed targets, the
 * summary) and the scoring form, out of 100 per indicator; the other experts' scores only after submitting.
 */
@Named
@ViewScoped
public class ExpertAcceptancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AcceptancePanelService acceptances;

    @Inject
    private AcceptanceService requests;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private ProgramTexts programTexts;

    private Long id;
    private Boolean conflict;
    private String conflictNote;
    private String comment;
    /** As the form sends them: a map entry has no type for JSF to convert to, so values arrive as text. */
    private final Map<String, Object> scores = new LinkedHashMap<>();

    private transient AcceptancePanelService.Assigned assigned;
    private transient List<Indicator> indicators;
    private transient List<String[]> others;
    private transient List<AcceptanceFile> files;

    public void load() throws IOException {
        if (id != null) {
            try {
                read();
                return;
            } catch (DomainException e) {
                // fall through to 404: another expert's assignment is "not found"
            }
        }
        ViewIds.notFound();
    }

    private void read() {
        String expert = currentUser.username();
        assigned = acceptances.own(expert, id);
        AcceptanceAssignment assignment = assigned.assignment();
        indicators = assignment.cleared() ? acceptances.agreementFor(expert, id).indicators() : List.of();
        // the request's files only once cleared, as the request itself (the service answers nothing before)
        files = assignment.cleared()
                ? requests.files(expert, assigned.acceptance().id())
                : List.of();
        others = new ArrayList<>();
        if (assignment.submitted()) {
            assignment.scores().forEach((code, value) -> scores.put(code, value));
            comment = assignment.comment();
            List<AcceptanceAssignment> theirs = acceptances.othersFor(expert, id);
            // numbered, not named: scores are judged on their merits
            for (int i = 0; i < theirs.size(); i++) {
                AcceptanceAssignment o = theirs.get(i);
                others.add(new String[] {
                    String.valueOf(i + 1), o.expertScore().toPlainString(), o.comment() == null ? "" : o.comment()
                });
            }
        }
    }

    private void ensure() {
        if (assigned == null && id != null) {
            read();
        }
    }

    public String declare() {
        if (conflict == null) {
            messages.error(null, "panel.chooseDeclaration");
            return null;
        }
        return act(() -> acceptances.declare(currentUser.username(), id, conflict, conflictNote), "panel.declared");
    }

    public String submitScores() {
        Map<String, BigDecimal> numbers = ScoreInputs.numbers(scores);
        return act(() -> acceptances.score(currentUser.username(), id, numbers, comment), "panel.scored");
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            messages.flashInfo(done, getAcceptance().caseNumber());
            return "/expert/acceptance.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    public AcceptanceAssignment getAssignment() {
        ensure();
        return assigned.assignment();
    }

    public Acceptance getAcceptance() {
        ensure();
        return assigned.acceptance();
    }

    public List<Indicator> getIndicators() {
        ensure();
        return indicators;
    }

    public List<String[]> getOthers() {
        ensure();
        return others;
    }

    public boolean isScoringOpen() {
        AcceptanceAssignment a = getAssignment();
        return a.cleared()
                && !a.submitted()
                && getAcceptance().status() == AcceptanceStatus.PANEL
                && getAcceptance().round() == a.round();
    }

    public String achieved(Indicator indicator) {
        BigDecimal value = getAcceptance().achieved().get(indicator.code());
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    public String name(Indicator indicator) {
        return programTexts.text(new LocalizedText(indicator.nameZh(), indicator.nameEn()));
    }

    public String unit(Indicator indicator) {
        return programTexts.text(new LocalizedText(indicator.unitZh(), indicator.unitEn()));
    }

    public Map<String, Object> getScores() {
        return scores;
    }

    public String getId() {
        return ViewIds.format(id);
    }

    public void setId(String id) {
        this.id = ViewIds.bound(this.id, id);
    }

    public Boolean getConflict() {
        return conflict;
    }

    public void setConflict(Boolean conflict) {
        this.conflict = conflict;
    }

    public String getConflictNote() {
        return conflictNote;
    }

    public void setConflictNote(String conflictNote) {
        this.conflictNote = conflictNote;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** The files attached to the request, once the expert declared no conflict. */
    public List<AcceptanceFile> getFiles() {
        ensure();
        return files;
    }
}
