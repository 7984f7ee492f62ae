package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.Move;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.program.domain.FieldType;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.program.web.ProgramTexts;
import cn.kaifeng.tfs.review.service.ReviewCase;
import cn.kaifeng.tfs.review.service.ReviewService;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbench's first part: the required materials as a checklist with their files, and the formal review's steps
 * (take into review, pass, return for revision with a reason per item, reject), plus re-scoring under a newer
 * version of the program.
 */
@Named
@ViewScoped
public class ReviewMaterials implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewPage page;

    @Inject
    private ReviewService reviews;

    @Inject
    private ApplicationService applications;

    @Inject
    private ProgramService catalog;

    @Inject
    private ProgramTexts programTexts;

    @Inject
    private Messages messages;

    /** The reviewer's correction request per required item (and {@code general} for the whole application). */
    private final Map<String, String> reasons = new LinkedHashMap<>();

    private String rejectReason;

    /** One required material: the file field, its files now. */
    public record ChecklistItem(String code, String label, boolean required, List<ReviewCase.CaseFile> files)
            implements Serializable {}

    public List<ChecklistItem> getChecklist() {
        ProgramDefinition program = page.getProgram();
        if (program == null) {
            return List.of();
        }
        ReviewCase reviewCase = page.reviewCase();
        return program.fields().stream()
                .filter(f -> f.type() == FieldType.FILE)
                .map(f -> new ChecklistItem(
                        f.code(), programTexts.text(f.label()), f.required(), reviewCase.filesFor(f.code())))
                .toList();
    }

    public String startReview() {
        return act(Move.START_REVIEW);
    }

    public String passFormalReview() {
        return act(Move.PASS_FORMAL_REVIEW);
    }

    public String returnForRevision() {
        return act(Move.RETURN_FOR_REVISION);
    }

    public String reject() {
        return act(Move.REJECT);
    }

    private String act(Move move) {
        return page.perform(() -> {
            String reviewer = page.reviewer();
            long id = page.caseId();
            long seen = page.rowVersion();
            Application after = switch (move) {
                case START_REVIEW -> reviews.startReview(reviewer, id, seen);
                case PASS_FORMAL_REVIEW -> reviews.passFormalReview(reviewer, id, seen);
                case RETURN_FOR_REVISION -> reviews.returnForRevision(reviewer, id, seen, reasons);
                case REJECT -> reviews.reject(reviewer, id, seen, rejectReason);
                default -> throw new IllegalArgumentException(move.name());
            };
            messages.flashInfo("review.done", after.number(), messages.text("event." + move.name()));
        });
    }

    /** Whether a formal-review step or re-scoring can be taken now: the steps' card is shown only then. */
    public boolean isStepOpen() {
        return page.can("START_REVIEW")
                || page.can("PASS_FORMAL_REVIEW")
                || page.can("RETURN_FOR_REVISION")
                || page.can("REJECT")
                || (page.getStatus() != null && page.getStatus().inReview() && getNewerVersion() != null);
    }

    /** A newer published version of the program the application could be re-scored under, or null. */
    public Integer getNewerVersion() {
        ReviewCase reviewCase = page.reviewCase();
        return reviewCase == null
                ? null
                : catalog.current(reviewCase.programCode())
                        .map(ProgramDefinition::version)
                        .filter(v -> v > reviewCase.programVersion())
                        .orElse(null);
    }

    /** Re-scores explicitly under the newer published version (recorded in the history with what changed). */
    public String rescore() {
        return page.perform(() -> {
            Application rescored = applications.rescore(page.reviewer(), page.caseId());
            messages.flashInfo("review.rescored", rescored.number(), rescored.programVersion());
        });
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }
}
