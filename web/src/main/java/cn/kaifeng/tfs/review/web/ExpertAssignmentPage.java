package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.attachment.service.AttachmentService;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.casefile.service.FormValues;
import cn.kaifeng.tfs.program.domain.Criterion;
import cn.kaifeng.tfs.program.domain.ExpertRange;
import cn.kaifeng.tfs.program.domain.FieldType;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.program.web.FieldInput;
import cn.kaifeng.tfs.review.domain.PanelAssignment;
import cn.kaifeng.tfs.review.service.PanelService;
import cn.kaifeng.tfs.review.service.ReviewCase;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An expert's work on one assignment: first the conflict-of-interest declaration (nothing confidential is shown
 * before it), then, if cleared, the application, its files and the scoring form for the expert-judged criteria;
 * after submitting, the other experts' submitted scores, and for the lead a consensus note on a disagreement.
 */
@Named
@ViewScoped
public class ExpertAssignmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PanelService panels;

    @Inject
    private ApplicationService applications;

    @Inject
    private AttachmentService attachments;

    @Inject
    private ProgramService catalog;

    @Inject
    private cn.kaifeng.tfs.program.web.ProgramTexts programTexts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Long id;
    private boolean loaded;
    private String number;
    private String programCode;
    private int programVersion;
    private ApplicationStatus status;
    private boolean declared;
    private boolean declaredConflict;
    private boolean flagged;
    private boolean cleared;
    private boolean submitted;
    private boolean lead;
    private List<FieldInput> inputs = List.of();
    private List<ReviewCase.CaseFile> files = List.of();
    /** As the form sends them: a map entry has no type for JSF to convert to, so values arrive as text. */
    private final Map<String, Object> scores = new LinkedHashMap<>();

    private Map<String, ExpertRange> ranges = Map.of();

    private String comment;
    private Boolean conflict;
    private String conflictNote;
    private String consensusNote;
    private List<String[]> others = List.of();

    public void load() throws IOException {
        if (!loaded && id != null) {
            try {
                read();
                loaded = true;
                return;
            } catch (DomainException e) {
                // fall through to 404
            }
        }
        if (!loaded) {
            cn.kaifeng.tfs.shell.web.ViewIds.notFound();
        }
    }

    private void read() {
        String expert = currentUser.username();
        PanelService.Assigned assigned = panels.mine(expert).stream()
                .filter(a -> a.assignment().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new DomainException("panel.notFound"));
        PanelAssignment assignment = assigned.assignment();
        number = assigned.number();
        programCode = assigned.programCode();
        status = assigned.status();
        declared = assignment.declared();
        declaredConflict = assignment.declaredConflict();
        flagged = !assignment.conflictFlags().isEmpty();
        cleared = assignment.cleared();
        submitted = assignment.submitted();
        lead = assignment.lead();
        if (cleared) {
            Application application = panels.applicationFor(expert, id);
            ProgramDefinition program = applications.programOf(application);
            programVersion = program.version();
            inputs = FieldInput.of(
                    program.fields().stream()
                            .filter(f -> f.type() != FieldType.FILE)
                            .toList(),
                    applications.valuesOf(application));
            files = attachments.current(application.id()).stream()
                    .map(ReviewCase.CaseFile::of)
                    .toList();
            consensusNote = application.panel().panelNote();
            ranges = panels.ranges(expert, id);
            if (submitted) {
                FormValues.fromJson(assignment.scores())
                        .forEach((code, value) -> scores.put(code, new BigDecimal(String.valueOf(value))));
                comment = assignment.comment();
                List<Criterion> criteria = program.criteria().stream()
                        .filter(Criterion::expertJudged)
                        .toList();
                // the others are numbered, not named: scores are judged on their merits
                List<PanelAssignment> scoredByOthers = panels.othersFor(expert, id);
                others = new java.util.ArrayList<>();
                for (int i = 0; i < scoredByOthers.size(); i++) {
                    Map<String, Object> given =
                            FormValues.fromJson(scoredByOthers.get(i).scores());
                    String text = criteria.stream()
                            .map(c -> programTexts.text(c.name()) + " " + given.get(c.code()))
                            .collect(java.util.stream.Collectors.joining("；"));
                    String note = scoredByOthers.get(i).comment();
                    others.add(new String[] {String.valueOf(i + 1), text, note == null ? "" : note});
                }
            }
        } else {
            catalog.current(programCode).ifPresent(p -> programVersion = p.version());
        }
    }

    public String declare() {
        if (conflict == null) {
            messages.error(null, "panel.chooseDeclaration");
            return null;
        }
        return act(() -> panels.declare(currentUser.username(), id, conflict, conflictNote), "panel.declared");
    }

    public String submitScores() {
        Map<String, BigDecimal> numbers = ScoreInputs.numbers(scores);
        return act(() -> panels.score(currentUser.username(), id, numbers, comment), "panel.scored");
    }

    public String saveConsensus() {
        return act(() -> panels.consensus(currentUser.username(), id, consensusNote), "panel.consensusSaved");
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            messages.flashInfo(done, number);
            return "/expert/assignment.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    /** What may be given each expert-judged criterion on this application's facts, by criterion code. */
    public Map<String, ExpertRange> getRanges() {
        return ranges;
    }

    /** The expert-judged criteria of the program, with their grade scales, for the scoring form. */
    public List<Criterion> getCriteria() {
        return catalog.version(programCode, programVersion).stream()
                .flatMap(p -> p.criteria().stream())
                .filter(Criterion::expertJudged)
                .toList();
    }

    public String getId() {
        return cn.kaifeng.tfs.shell.web.ViewIds.format(id);
    }

    public void setId(String id) {
        this.id = cn.kaifeng.tfs.shell.web.ViewIds.bound(this.id, id);
    }

    public ProgramDefinition getProgram() {
        return programCode == null
                ? null
                : catalog.version(programCode, programVersion).orElse(null);
    }

    public String getNumber() {
        return number;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public boolean isDeclared() {
        return declared;
    }

    public boolean isDeclaredConflict() {
        return declaredConflict;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public boolean isCleared() {
        return cleared;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public boolean isLead() {
        return lead;
    }

    public boolean isScoringOpen() {
        return cleared && !submitted && status == ApplicationStatus.EXPERT_REVIEW;
    }

    public List<FieldInput> getInputs() {
        return inputs;
    }

    public List<ReviewCase.CaseFile> getFiles() {
        return files;
    }

    public Map<String, Object> getScores() {
        return scores;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
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

    public String getConsensusNote() {
        return consensusNote;
    }

    public void setConsensusNote(String consensusNote) {
        this.consensusNote = consensusNote;
    }

    public List<String[]> getOthers() {
        return others;
    }
}
