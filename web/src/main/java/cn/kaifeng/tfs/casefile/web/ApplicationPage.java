package cn.kaifeng.tfs.casefile.web;

import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationEvent;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.domain.Move;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.casefile.service.IncompleteApplicationException;
import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.FieldType;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.program.web.FieldInput;
import cn.kaifeng.tfs.program.web.ProgramTexts;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The applicant's application page and its form, generated from the program version the application is pinned to:
 * fields by type, repeated groups, save (explicit and automatic), the live pre-check, submission, and for a
 * submitted application its results and timeline. Only the applicant's own organisation gets here: anything else
 * is "not found". Its parts from other features: the files ({@code ApplicationFiles}) and the letters
 * ({@code ApplicationLetters}).
 */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private ProgramTexts programTexts;

    @Inject
    private ProgramService catalog;

    @Inject
    private cn.kaifeng.tfs.organisation.web.ProfileSnapshotRows snapshotRows;

    private Long id;

    private String programCode;
    private int programVersion;
    private ApplicationStatus status;
    private String number;
    private List<FieldInput> inputs = List.of();
    private Assessment check;
    private Instant savedAt;
    /** For an application returned for revision: the reviewer's reasons, one per line. */
    private List<String> returnReasons = List.of();

    /** The definition for this view; derived from code and version, so it is simply read again after a failover. */
    private transient ProgramDefinition program;

    /** The profile kept at submission, as (label key, shown value) pairs; empty for a draft. */
    private List<String[]> profileSnapshot = List.of();

    /** Loads the application once per view; a foreign or unknown id answers 404, revealing nothing. */
    public void load() throws IOException {
        if (inputs.isEmpty() && id != null) {
            try {
                Application application = applications.mine(currentUser.username(), id);
                program = applications.programOf(application);
                programCode = program.code();
                programVersion = program.version();
                status = application.status();
                number = application.number();
                savedAt = application.updatedAt();
                inputs = FieldInput.of(
                        program.fields().stream()
                                .filter(f -> f.type() != FieldType.FILE)
                                .toList(),
                        applications.valuesOf(application));
                if (status != ApplicationStatus.DRAFT) {
                    check = applications.preCheck(program, applications.valuesOf(application));
                    profileSnapshot = snapshotRows.rows(applications.profileSnapshotOf(application));
                }
                if (status == ApplicationStatus.RETURNED) {
                    returnReasons = getTimeline().stream()
                            .filter(e -> Move.RETURN_FOR_REVISION.name().equals(e.kind()))
                            .reduce((first, second) -> second)
                            .map(e -> List.of(e.note().split("\n")))
                            .orElse(List.of());
                }
                return;
            } catch (DomainException e) {
                // fall through to 404
            }
        }
        if (inputs.isEmpty()) {
            cn.kaifeng.tfs.shell.web.ViewIds.notFound();
        }
    }

    /** The application shown (for the parts of the page that other features fill: files, letters). */
    public Long applicationId() {
        return id;
    }

    public String fieldLabel(String fieldCode) {
        return getProgram()
                .field(fieldCode)
                .map(f -> programTexts.text(f.label()))
                .orElse(fieldCode);
    }

    public ProgramDefinition getProgram() {
        if (program == null && programCode != null) {
            program = catalog.version(programCode, programVersion).orElseThrow();
        }
        return program;
    }

    public void save() {
        try {
            applications.saveDraft(currentUser.username(), id, FieldInput.values(inputs));
            savedAt = clock.instant();
            messages.info("application.saved");
        } catch (DomainException e) {
            messages.error(null, e);
        }
    }

    /** Saves quietly every minute while the applicant types; a failed autosave must not interrupt them. */
    public void autosave() {
        if (isEditable()) {
            try {
                applications.saveDraft(currentUser.username(), id, FieldInput.values(inputs));
                savedAt = clock.instant();
            } catch (DomainException e) {
                messages.error(null, e);
            }
        }
    }

    public void preCheck() {
        check = applications.preCheck(getProgram(), FieldInput.values(inputs));
    }

    public String submit() {
        try {
            Application submitted = applications.submit(currentUser.username(), id, FieldInput.values(inputs));
            messages.flashInfo("application.submitted", submitted.number());
            return "/applicant/applications.xhtml?faces-redirect=true";
        } catch (IncompleteApplicationException e) {
            FormProblems.show(messages, programTexts, getProgram().fields(), inputs, "app:fields", e.problems());
            return null;
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    public String withdraw() {
        try {
            applications.withdraw(currentUser.username(), id);
            messages.flashInfo("application.withdrawn", number);
            return "/applicant/applications.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    public void addRow(FieldInput group) {
        group.addRow();
    }

    public void removeRow(FieldInput group, List<FieldInput> row) {
        group.removeRow(row);
    }

    public List<ApplicationEvent> getTimeline() {
        return applications.timeline(currentUser.username(), id);
    }

    public List<String[]> getProfileSnapshot() {
        return profileSnapshot;
    }

    /** The applicant can still change it: a draft, or returned for revision. */
    public boolean isEditable() {
        return status != null && status.editable();
    }

    public boolean isWithdrawable() {
        return status != null && Move.WITHDRAW.allowedFrom(status, getProgram().reviewPath());
    }

    /** "Submit", or "resubmit" after a return for revision. */
    public String getSubmitStep() {
        return status == ApplicationStatus.RETURNED ? Move.RESUBMIT.name() : Move.SUBMIT.name();
    }

    public List<String> getReturnReasons() {
        return returnReasons;
    }

    /** The id as the URL gives it: text, so that a malformed id reaches {@link #load()} and gets a 404. */
    public String getId() {
        return cn.kaifeng.tfs.shell.web.ViewIds.format(id);
    }

    public void setId(String id) {
        this.id = cn.kaifeng.tfs.shell.web.ViewIds.bound(this.id, id);
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

    public String getNumber() {
        return number;
    }

    public List<FieldInput> getInputs() {
        return inputs;
    }

    public Assessment getCheck() {
        return check;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
