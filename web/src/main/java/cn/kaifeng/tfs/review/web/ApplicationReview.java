package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.attachment.domain.Attachment;
import cn.kaifeng.tfs.attachment.service.AttachmentService;
import cn.kaifeng.tfs.intake.domain.Application;
import cn.kaifeng.tfs.intake.domain.ApplicationEvent;
import cn.kaifeng.tfs.intake.domain.ApplicationRevision;
import cn.kaifeng.tfs.intake.domain.ApplicationStatus;
import cn.kaifeng.tfs.intake.domain.Move;
import cn.kaifeng.tfs.intake.service.ApplicationService;
import cn.kaifeng.tfs.intake.service.Timeline;
import cn.kaifeng.tfs.letter.service.Appeals;
import cn.kaifeng.tfs.organisation.service.ProfileService;
import cn.kaifeng.tfs.organisation.web.ProfileSnapshotRows;
import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.FieldType;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramCatalog;
import cn.kaifeng.tfs.program.web.FieldInput;
import cn.kaifeng.tfs.program.web.ProgramTexts;
import cn.kaifeng.tfs.review.service.ReviewService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One application as a reviewer works on it: the form as submitted, the profile it was submitted with, the
 * required materials as a checklist with their files, the results, the history, and the steps the reviewer can
 * take from where the application stands.
 */
@Named
@ViewScoped
public class ApplicationReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private cn.kaifeng.tfs.review.service.ExpertPoolService expertPool;

    @Inject
    private ReviewService reviews;

    @Inject
    private cn.kaifeng.tfs.review.service.PanelService panels;

    @Inject
    private cn.kaifeng.tfs.review.service.DecisionService decisions;

    @Inject
    private cn.kaifeng.tfs.audit.service.AuditLog auditLog;

    @Inject
    private cn.kaifeng.tfs.audit.service.AuditTrail auditTrail;

    @Inject
    private ApplicationService applications;

    @Inject
    private AttachmentService attachments;

    @Inject
    private cn.kaifeng.tfs.letter.service.LetterService letterService;

    @Inject
    private Timeline timeline;

    @Inject
    private ProgramCatalog catalog;

    @Inject
    private ProgramTexts programTexts;

    @Inject
    private ProfileSnapshotRows snapshotRows;

    @Inject
    private ProfileService profiles;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Long id;

    /** Dismissing objections as vexatious: identical ones raised later no longer pause the case. */
    private boolean vexatious;

    private boolean loaded;
    private String number;
    private String organisationName;
    private String creditCode;
    private String programCode;
    private int programVersion;
    private ApplicationStatus status;
    private long rowVersion;
    private List<FieldInput> inputs = List.of();
    private List<String[]> profileSnapshot = List.of();

    /** The contact's whole phone number, once the reviewer has asked to see it (each time recorded). */
    private String revealedPhone;

    private long organisationId;
    private List<ChecklistItem> checklist = List.of();
    private Assessment result;
    private final Map<String, String> reasons = new LinkedHashMap<>();
    private String rejectReason;

    /** Panel set-up: the experts ticked, and the lead. */
    private final Map<String, Boolean> chosen = new LinkedHashMap<>();

    private String lead;

    /** The decision's facts as read, and what the reviewer types for the next one. */
    private java.math.BigDecimal award;

    private java.math.BigDecimal proposedAmount;
    private java.time.Instant noticeEndsAt;
    private java.math.BigDecimal decidedAmount;
    private String decidedBy;
    private java.math.BigDecimal amount;
    private String amountReason;
    private String resolution;
    private String revokeReason;

    /** The reviewer's conclusion on an appeal, upheld or reopened. */
    private String appealConclusion;

    @Inject
    private Appeals appeals;

    /** Read per request (entities and service records are not kept in the view). */
    private transient List<cn.kaifeng.tfs.review.service.ExpertPoolService.Candidate> candidates;

    private transient List<cn.kaifeng.tfs.review.domain.PanelAssignment> panel;
    private transient cn.kaifeng.tfs.review.service.PanelService.Outcome panelOutcome;
    private transient List<cn.kaifeng.tfs.letter.domain.Letter> letters;

    /** One required material: the file field, its files now, and the reviewer's correction request if any. */
    public record ChecklistItem(String code, String label, boolean required, List<FileLink> files)
            implements Serializable {}

    public record FileLink(long id, String name, boolean viewable) implements Serializable {}

    public void load() throws IOException {
        if (!loaded && id != null) {
            try {
                read(reviews.open(currentUser.username(), id));
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

    private void read(Application application) {
        ProgramDefinition program = applications.programOf(application);
        number = application.number();
        organisationName = application.organisation().name();
        organisationId = application.organisation().id();
        creditCode = application.organisation().creditCode() == null
                ? null
                : application.organisation().creditCode().value();
        programCode = program.code();
        programVersion = program.version();
        status = application.status();
        rowVersion = application.rowVersion();
        Map<String, Object> values = applications.valuesOf(application);
        inputs = FieldInput.of(
                program.fields().stream()
                        .filter(f -> f.type() != FieldType.FILE)
                        .toList(),
                values);
        profileSnapshot = snapshotRows.rows(applications.profileSnapshotOf(application));
        result = applications.assessmentOf(application);
        List<Attachment> files = attachments.current(application.id());
        checklist = program.fields().stream()
                .filter(f -> f.type() == FieldType.FILE)
                .map(f -> new ChecklistItem(
                        f.code(),
                        programTexts.text(f.label()),
                        f.required(),
                        files.stream()
                                .filter(a -> a.fieldCode().equals(f.code()))
                                .map(a -> new FileLink(
                                        a.id(), a.fileName(), a.kind().viewableInBrowser()))
                                .toList()))
                .toList();
        award = application.award() == null ? null : application.award().yuan();
        proposedAmount = application.proposedAmount() == null
                ? null
                : application.proposedAmount().yuan();
        noticeEndsAt = application.noticeEndsAt();
        decidedAmount = application.decidedAmount() == null
                ? null
                : application.decidedAmount().yuan();
        decidedBy = application.decidedBy();
        amount = status == ApplicationStatus.AWAITING_DECISION && proposedAmount != null ? proposedAmount : award;
        reasons.clear();
        rejectReason = null;
    }

    public boolean isPanelStage() {
        return status == ApplicationStatus.EXPERT_REVIEW;
    }

    public List<cn.kaifeng.tfs.review.service.ExpertPoolService.Candidate> getCandidates() {
        if (candidates == null) {
            candidates = isPanelStage() ? expertPool.candidates(currentUser.username(), id) : List.of();
        }
        return candidates;
    }

    public List<cn.kaifeng.tfs.review.domain.PanelAssignment> getPanel() {
        if (panel == null) {
            panel = isPanelStage() || status == ApplicationStatus.REVIEW_CONCLUDED
                    ? panels.panel(currentUser.username(), id)
                    : List.of();
        }
        return panel;
    }

    public cn.kaifeng.tfs.review.service.PanelService.Outcome getPanelOutcome() {
        if (panelOutcome == null && !getPanel().isEmpty()) {
            panelOutcome = panels.outcome(id);
        }
        return panelOutcome;
    }

    public String assignPanel() {
        return perform(() -> {
            List<String> experts = chosen.entrySet().stream()
                    .filter(e -> Boolean.TRUE.equals(e.getValue()))
                    .map(Map.Entry::getKey)
                    .toList();
            panels.assign(reviewer(), id, rowVersion, experts, lead);
            messages.flashInfo("panel.assigned", number, experts.size());
        });
    }

    public String concludePanel() {
        return perform(() -> {
            panels.conclude(reviewer(), id, rowVersion);
            messages.flashInfo("review.done", number, messages.text("event.CONCLUDE_PANEL"));
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

    public String startReview() {
        return act(Move.START_REVIEW);
    }

    public String propose() {
        return decide(() -> decisions.propose(reviewer(), id, rowVersion, amount, amountReason));
    }

    public String dismissObjection() {
        return decide(() -> decisions.resolveObjections(reviewer(), id, rowVersion, false, resolution, vexatious));
    }

    public String upholdObjection() {
        return decide(() -> decisions.resolveObjections(reviewer(), id, rowVersion, true, resolution, false));
    }

    public String approve() {
        return decide(() -> decisions.approve(reviewer(), id, rowVersion, amount, amountReason));
    }

    public String confirmApproval() {
        return decide(() -> decisions.confirm(reviewer(), id, rowVersion));
    }

    public String declineApproval() {
        return decide(() -> decisions.decline(reviewer(), id, rowVersion, rejectReason));
    }

    /** Issues the decision letter: numbered, printed, signed and stored; the applicant can download it at once. */
    public String issueLetter() {
        return perform(() -> {
            cn.kaifeng.tfs.letter.domain.Letter letter = letterService.issue(reviewer(), id, rowVersion);
            messages.flashInfo("letter.issued", letter.number());
        });
    }

    /** Revokes a letter with the reason typed: verification says so from now on. */
    public String revokeLetter(long letterId) {
        return perform(() -> {
            cn.kaifeng.tfs.letter.domain.Letter letter = letterService.revoke(reviewer(), letterId, revokeReason);
            messages.flashInfo("letter.revokedNow", letter.number());
        });
    }

    /** Upholds the decision under appeal: the letter stays in force. */
    public String dismissAppeal() {
        return perform(() -> {
            Application after = appeals.dismiss(reviewer(), id, rowVersion, appealConclusion);
            messages.flashInfo("appeal.dismissed", after.number());
        });
    }

    /** Reopens the case under appeal: its letter is revoked and the application goes back to review. */
    public String reopen() {
        return perform(() -> {
            Application after = appeals.reopen(reviewer(), id, rowVersion, appealConclusion);
            messages.flashInfo("appeal.reopened", after.number());
        });
    }

    /** What the applicant wrote when asking for a review: the note of the latest appeal on the timeline. */
    public String getAppealReason() {
        return getTimeline().stream()
                .filter(e -> Move.APPEAL.name().equals(e.kind()))
                .reduce((first, second) -> second)
                .map(ApplicationEvent::note)
                .orElse(null);
    }

    public String getAppealConclusion() {
        return appealConclusion;
    }

    public void setAppealConclusion(String appealConclusion) {
        this.appealConclusion = appealConclusion;
    }

    public List<cn.kaifeng.tfs.letter.domain.Letter> getLetters() {
        if (letters == null) {
            letters = id == null || !loaded ? List.of() : letterService.lettersOf(reviewer(), id);
        }
        return letters;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }

    /** A newer published version of the program the application could be re-scored under, or null. */
    public Integer getNewerVersion() {
        return catalog.current(programCode)
                .map(cn.kaifeng.tfs.program.domain.ProgramDefinition::version)
                .filter(v -> v > programVersion)
                .orElse(null);
    }

    /** Re-scores explicitly under the newer published version (recorded in the history with what changed). */
    public String rescore() {
        return perform(() -> {
            Application rescored = applications.rescore(reviewer(), id);
            messages.flashInfo("review.rescored", rescored.number(), rescored.programVersion());
        });
    }

    private String reviewer() {
        return currentUser.username();
    }

    /** Takes a decision step; the message names the state reached (an approval may wait for a second reviewer). */
    private String decide(java.util.function.Supplier<Application> step) {
        return perform(() -> {
            Application after = step.get();
            messages.flashInfo(
                    "review.now",
                    after.number(),
                    messages.text("status." + after.status().name()));
        });
    }

    public List<cn.kaifeng.tfs.review.domain.Objection> getObjections() {
        return status == ApplicationStatus.OBJECTED || status == ApplicationStatus.PUBLIC_NOTICE
                ? decisions.objections(reviewer(), id)
                : List.of();
    }

    public java.math.BigDecimal getAward() {
        return award;
    }

    public java.math.BigDecimal getProposedAmount() {
        return proposedAmount;
    }

    public java.time.Instant getNoticeEndsAt() {
        return noticeEndsAt;
    }

    public java.math.BigDecimal getDecidedAmount() {
        return decidedAmount;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public java.math.BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(java.math.BigDecimal amount) {
        this.amount = amount;
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
        return perform(() -> {
            String reviewer = reviewer();
            Application after = switch (move) {
                case START_REVIEW -> reviews.startReview(reviewer, id, rowVersion);
                case PASS_FORMAL_REVIEW -> reviews.passFormalReview(reviewer, id, rowVersion);
                case RETURN_FOR_REVISION -> reviews.returnForRevision(reviewer, id, rowVersion, reasons);
                case REJECT -> reviews.reject(reviewer, id, rowVersion, rejectReason);
                default -> throw new IllegalArgumentException(move.name());
            };
            messages.flashInfo("review.done", after.number(), messages.text("event." + move.name()));
        });
    }

    /**
     * Runs one reviewer step (which says what it did): then a fresh page. Refused, the reason is shown; if another
     * reviewer acted first, the page is read again to show what they did, and whatever was typed here stays.
     */
    private String perform(Runnable step) {
        try {
            step.run();
            return "/reviewer/application.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            messages.error(null, e);
            if ("review.changedMeanwhile".equals(e.messageKey())) {
                Map<String, String> typedReasons = new LinkedHashMap<>(reasons);
                String typedReject = rejectReason;
                String typedRevoke = revokeReason;
                String typedConclusion = appealConclusion;
                java.math.BigDecimal typedAmount = amount;
                read(reviews.open(reviewer(), id));
                reasons.putAll(typedReasons);
                rejectReason = typedReject;
                revokeReason = typedRevoke;
                appealConclusion = typedConclusion;
                letters = null;
                amount = typedAmount;
                candidates = null;
                panel = null;
                panelOutcome = null;
            }
            return null;
        }
    }

    /** Whether a step can be taken now (the buttons shown are exactly the legal ones). */
    public boolean can(String move) {
        ProgramDefinition program = getProgram();
        return status != null && program != null && Move.valueOf(move).allowedFrom(status, program.reviewPath());
    }

    public ProgramDefinition getProgram() {
        return programCode == null
                ? null
                : catalog.version(programCode, programVersion).orElse(null);
    }

    public List<ApplicationEvent> getTimeline() {
        return id == null || !loaded ? List.of() : timeline.of(id);
    }

    /** The audit records of this application (全程留痕), oldest first. */
    public List<cn.kaifeng.tfs.audit.domain.AuditRecord> getAuditRecords() {
        return id == null || !loaded ? List.of() : auditLog.of("application:" + id);
    }

    /** Verifies the whole audit chain these records belong to, and says so. */
    public void verifyAudit() {
        cn.kaifeng.tfs.audit.domain.AuditChain.Verdict verdict = auditTrail.verify();
        if (verdict.intact()) {
            messages.info("audit.intact", verdict.checked());
        } else {
            messages.error(
                    null, "audit.broken", verdict.brokenAt(), messages.text("audit.problem." + verdict.problem()));
        }
    }

    public List<ApplicationRevision> getRevisions() {
        return id == null || !loaded ? List.of() : reviews.revisions(currentUser.username(), id);
    }

    public String getId() {
        return cn.kaifeng.tfs.shell.web.ViewIds.format(id);
    }

    public void setId(String id) {
        this.id = cn.kaifeng.tfs.shell.web.ViewIds.bound(this.id, id);
    }

    public String getNumber() {
        return number;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getProgramCode() {
        return programCode;
    }

    public int getProgramVersion() {
        return programVersion;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public List<FieldInput> getInputs() {
        return inputs;
    }

    /** Shows the contact's whole phone number to the reviewer, who needs it to call; the reveal is audited. */
    public void revealPhone() {
        try {
            revealedPhone = profiles.revealContactPhone(currentUser.username(), organisationId, "application:" + id)
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

    public List<String[]> getProfileSnapshot() {
        return profileSnapshot;
    }

    public List<ChecklistItem> getChecklist() {
        return checklist;
    }

    public Assessment getResult() {
        return result;
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
