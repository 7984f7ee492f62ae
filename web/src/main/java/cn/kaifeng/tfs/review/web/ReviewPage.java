package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.domain.Move;
import cn.kaifeng.tfs.organisation.service.ProfileService;
import cn.kaifeng.tfs.organisation.web.ProfileSnapshotRows;
import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.FieldType;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.program.web.FieldInput;
import cn.kaifeng.tfs.review.service.ReviewCase;
import cn.kaifeng.tfs.review.service.ReviewService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import cn.kaifeng.tfs.shell.web.ViewIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The reviewer's workbench for one case: reads the case once ({@link ReviewCase}), shows what was submitted (the
 * form, the assessment, the profile it was submitted with) and runs the steps of its parts. Each stage of the case
 * has its own part with its own include: the materials and formal review ({@link ReviewMaterials}), the expert
 * panel ({@link ReviewPanel}), the public notice and decision ({@link ReviewDecision}), the letters and an appeal
 * ({@link ReviewLetters}), and the history ({@link ReviewHistory}).
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewService reviews;

    @Inject
    private ProgramService catalog;

    @Inject
    private ProfileSnapshotRows snapshotRows;

    @Inject
    private ProfileService profiles;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Long id;
    private ReviewCase reviewCase;
    private List<FieldInput> inputs = List.of();
    private List<String[]> profileSnapshot = List.of();

    /** The contact's whole phone number, once the reviewer has asked to see it (each time recorded). */
    private String revealedPhone;

    public void load() throws IOException {
        if (reviewCase == null && id != null) {
            try {
                read();
                return;
            } catch (DomainException e) {
                // fall through to 404
            }
        }
        if (reviewCase == null) {
            ViewIds.notFound();
        }
    }

    private void read() {
        reviewCase = reviews.caseOf(reviewer(), id);
        ProgramDefinition program = getProgram();
        inputs = FieldInput.of(
                program.fields().stream()
                        .filter(f -> f.type() != FieldType.FILE)
                        .toList(),
                reviewCase.values());
        profileSnapshot = snapshotRows.rows(reviewCase.profileSnapshot());
    }

    /** The case as last read; its parts cache what they read from the services for as long as it stays the same. */
    public ReviewCase reviewCase() {
        return reviewCase;
    }

    /**
     * Runs one reviewer step (which says what it did): then a fresh page. Refused, the reason is shown; if another
     * reviewer acted first, the case is read again to show what they did, and whatever was typed here stays (it
     * lives in the parts, which a new read does not touch).
     */
    String perform(Runnable step) {
        try {
            step.run();
            return "/reviewer/application.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            messages.error(null, e);
            if ("review.changedMeanwhile".equals(e.messageKey())) {
                read();
            }
            return null;
        }
    }

    /** Takes a step of the case; the message names the state reached (an approval may wait for a second reviewer). */
    String decide(java.util.function.Supplier<cn.kaifeng.tfs.casefile.domain.Application> step) {
        return perform(() -> {
            cn.kaifeng.tfs.casefile.domain.Application after = step.get();
            messages.flashInfo(
                    "review.now",
                    after.number(),
                    messages.text("status." + after.status().name()));
        });
    }

    /** Whether a step can be taken now (the buttons shown are exactly the legal ones). */
    public boolean can(String move) {
        ProgramDefinition program = getProgram();
        return program != null && Move.valueOf(move).allowedFrom(reviewCase.status(), program.reviewPath());
    }

    String reviewer() {
        return currentUser.username();
    }

    long caseId() {
        return id;
    }

    long rowVersion() {
        return reviewCase.rowVersion();
    }

    public boolean isLoaded() {
        return reviewCase != null;
    }

    public ProgramDefinition getProgram() {
        return reviewCase == null
                ? null
                : catalog.version(reviewCase.programCode(), reviewCase.programVersion())
                        .orElse(null);
    }

    /** Shows the contact's whole phone number to the reviewer, who needs it to call; the reveal is audited. */
    public void revealPhone() {
        try {
            revealedPhone = profiles.revealContactPhone(reviewer(), reviewCase.organisationId(), "application:" + id)
                    .orElse(null);
            if (revealedPhone == null) {
                messages.info("review.noContactPhone");
            }
        } catch (DomainException e) {
            messages.error(null, e);
        }
    }

    public String getRevealedPhone() {
        return revealedPhone;
    }

    public String getId() {
        return ViewIds.format(id);
    }

    public void setId(String id) {
        this.id = ViewIds.bound(this.id, id);
    }

    public String getNumber() {
        return reviewCase == null ? null : reviewCase.number();
    }

    public String getOrganisationName() {
        return reviewCase == null ? null : reviewCase.organisationName();
    }

    public String getCreditCode() {
        return reviewCase == null ? null : reviewCase.creditCode();
    }

    public String getProgramCode() {
        return reviewCase == null ? null : reviewCase.programCode();
    }

    public int getProgramVersion() {
        return reviewCase == null ? 0 : reviewCase.programVersion();
    }

    public ApplicationStatus getStatus() {
        return reviewCase == null ? null : reviewCase.status();
    }

    public List<FieldInput> getInputs() {
        return inputs;
    }

    public List<String[]> getProfileSnapshot() {
        return profileSnapshot;
    }

    public Assessment getResult() {
        return reviewCase == null ? null : reviewCase.assessment();
    }
}
