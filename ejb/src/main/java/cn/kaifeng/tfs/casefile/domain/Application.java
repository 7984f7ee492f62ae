package cn.kaifeng.tfs.casefile.domain;

import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.program.domain.ReviewPath;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An application of one organisation to one program version. The form values are JSON as entered; the assessment
 * results are stored at submission with the version they were computed with and never change by themselves.
 */
@Entity
@Table(name = "application")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    private Long id;

    @Column(length = 30, unique = true)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "created_by", nullable = false, length = 32)
    private String createdBy;

    @Column(name = "program_code", nullable = false, length = 40)
    private String programCode;

    @Column(name = "program_version", nullable = false)
    private int programVersion;

    @Column(name = "program_hash", nullable = false, length = 64)
    private String programHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicationStatus status;

    /** Which submitted version this is: 1, and one more after each return for revision. */
    @Column(nullable = false)
    private int revision = 1;

    @Column(name = "form_values", nullable = false, length = 1_000_000)
    private String formValues;

    /** The assessment's results, recorded at submission (see {@link Results}); none for a draft. */
    @Embedded
    private Results results;

    /** The applicant's profile as it was at submission (JSON); later profile edits do not change it. */
    @Column(name = "profile_snapshot", length = 20_000)
    private String profileSnapshot;

    /** The expert panel's conclusion, once it has one. */
    @Embedded
    private PanelConclusion panel;

    /** The proposal, the public notice and the four-eyes decision, once the case reaches them. */
    @Embedded
    private Decision decision;

    /** Copied from the profile snapshot at submission, for the reviewers' queue to filter on. */
    @Column(length = 30)
    private String district;

    /** Copied from the form at submission (where the program asks for one), for the queue to filter on. */
    @Column(name = "tech_field", length = 30)
    private String techField;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected Application() {
        // for JPA
    }

    public Application(
            Organisation organisation,
            String createdBy,
            String programCode,
            int programVersion,
            String programHash,
            Instant now) {
        this.organisation = Objects.requireNonNull(organisation);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.programCode = Objects.requireNonNull(programCode);
        this.programVersion = programVersion;
        this.programHash = Objects.requireNonNull(programHash);
        this.status = ApplicationStatus.DRAFT;
        this.formValues = "{}";
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Keeps what the applicant entered; only a draft or an application returned for revision can change. */
    public void saveDraft(String valuesJson, Instant now) {
        requireEditable();
        this.formValues = Objects.requireNonNull(valuesJson);
        this.updatedAt = now;
    }

    /** Where the queue files it: the district of the applicant and the technology field of the application. */
    public void file(String district, String techField) {
        this.district = district;
        this.techField = techField;
    }

    public String district() {
        return district;
    }

    public String techField() {
        return techField;
    }

    /**
     * Submits a draft (it gets its number now) or resubmits after a return for revision (it keeps its number);
     * either way the assessment and the profile snapshot are taken afresh. Returns the step taken.
     */
    public Move submit(String newNumber, Results results, String profileSnapshot, ReviewPath path, Instant now) {
        Move move = status == ApplicationStatus.RETURNED ? Move.RESUBMIT : Move.SUBMIT;
        take(move, path, now);
        if (this.number == null) {
            this.number = Objects.requireNonNull(newNumber);
        }
        this.profileSnapshot = Objects.requireNonNull(profileSnapshot);
        this.results = Objects.requireNonNull(results);
        this.submittedAt = now;
        return move;
    }

    /**
     * Scores the application again under another program version, replacing the recorded results and the version
     * they came from. Only on a reviewer's explicit request, before a decision, and recorded as an event.
     */
    public void rescore(int newVersion, String newHash, Results results, Instant now) {
        if (!status.inReview()) {
            throw new DomainException("application.notSubmitted");
        }
        this.programVersion = newVersion;
        this.programHash = Objects.requireNonNull(newHash);
        this.results = Objects.requireNonNull(results);
        this.updatedAt = now;
    }

    /**
     * Takes one step of the life cycle ({@link Move}); refused with a clear reason when the step is not possible from
     * the current state in this program. Returns the state the application was in.
     */
    public ApplicationStatus take(Move move, ReviewPath path, Instant now) {
        ApplicationStatus before = status;
        this.status = move.target(status, path);
        if (move == Move.RETURN_FOR_REVISION) {
            revision++;
        }
        this.updatedAt = now;
        return before;
    }

    /** The panel's conclusion: its scores per expert criterion and the assessment they complete. */
    public void recordPanel(String panelScoresJson, Results results, Instant now) {
        if (status != ApplicationStatus.EXPERT_REVIEW) {
            throw new DomainException("panel.notInExpertReview");
        }
        panelPart().conclude(panelScoresJson);
        this.results = Objects.requireNonNull(results);
        this.updatedAt = now;
    }

    public void writePanelNote(String note, Instant now) {
        if (status != ApplicationStatus.EXPERT_REVIEW) {
            throw new DomainException("panel.notInExpertReview");
        }
        panelPart().note(note);
        this.updatedAt = now;
    }

    /** A proposed approval: the amount (with a reason where it is not the award rule's) and the notice period. */
    public void propose(Money amount, String reason, Instant noticeStarts, Instant noticeEnds) {
        decisionPart().propose(amount, reason, noticeStarts, noticeEnds);
    }

    /** The first reviewer's decision on the amount (final, or waiting for a second reviewer). */
    public void decide(Money amount, String reason, String reviewer, Instant now) {
        decisionPart().decide(amount, reason, reviewer, now);
    }

    /** The second reviewer confirms: never the one who decided. */
    public void confirm(String reviewer, Instant now) {
        decisionPart().confirm(reviewer, now);
    }

    /** The assessment's results; all empty for a draft. */
    public Results results() {
        return results == null ? new Results(null, null, null, null) : results;
    }

    /** The panel's conclusion; empty until the panel concludes. */
    public PanelConclusion panel() {
        return panel == null ? PanelConclusion.none() : panel;
    }

    /** The proposal and decision; empty until the case reaches them. */
    public Decision decision() {
        return decision == null ? Decision.none() : decision;
    }

    /* A part whose columns are all empty is read back as null: it is made when first written. */
    private PanelConclusion panelPart() {
        if (panel == null) {
            panel = PanelConclusion.none();
        }
        return panel;
    }

    private Decision decisionPart() {
        if (decision == null) {
            decision = Decision.none();
        }
        return decision;
    }

    /** Something belonging to the application changed (an attachment added or removed). */
    public void touch(Instant now) {
        requireEditable();
        this.updatedAt = now;
    }

    private void requireEditable() {
        if (!editable()) {
            throw new DomainException("application.notDraft");
        }
    }

    /** Whether the applicant can still change the form and its attachments. */
    public boolean editable() {
        return status.editable();
    }

    /** The version number of the row, for a reviewer's "nobody changed it since I looked" check. */
    public long rowVersion() {
        return version;
    }

    public int revision() {
        return revision;
    }

    public boolean belongsTo(Organisation other) {
        return other != null && organisation.id().equals(other.id());
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String createdBy() {
        return createdBy;
    }

    public String programCode() {
        return programCode;
    }

    public int programVersion() {
        return programVersion;
    }

    public String programHash() {
        return programHash;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String formValues() {
        return formValues;
    }

    public String profileSnapshot() {
        return profileSnapshot;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
