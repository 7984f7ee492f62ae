package cn.kaifeng.tfs.agreement.domain;

import cn.kaifeng.tfs.program.domain.AgreementTemplate;
import cn.kaifeng.tfs.program.domain.TrancheCondition;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.MessageKey;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The agreement (任务书) of one award: drafted from the program version the application used, its indicators with
 * the targets agreed, its tranches with their exact amounts, and the steps of its life ({@link AgreementMove}):
 * who proposed and accepted the targets, the signed PDF's number, verification code and hash, and the applicant's
 * acceptance. The obligations and the reporting schedule are the program version's, which never changes.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends AwardRecord {

    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    private Long id;

    @Column(name = "program_name", nullable = false, length = 200)
    private String programName;

    @Column(name = "decision_letter", length = 40)
    private String decisionLetter;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "proposed_by", length = 32)
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "return_reason", length = MAX_REASON)
    private String returnReason;

    @Column(name = "targets_accepted_by", length = 32)
    private String targetsAcceptedBy;

    @Column(length = 40, unique = true)
    private String number;

    @Column(name = "verification_code", length = 14, unique = true)
    private String verificationCode;

    @Column(length = 64, unique = true)
    private String sha256;

    @Column(name = "size_bytes")
    private Integer sizeBytes;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "accepted_by", length = 32)
    private String acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_indicator", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<Indicator> indicators = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_tranche", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<Tranche> tranches = new ArrayList<>();

    /** The conditions later stages reported as holding (the mid-term check, the acceptance), each once. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_condition", joinColumns = @JoinColumn(name = "agreement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "met_condition", nullable = false, length = 24)
    private Set<TrancheCondition> conditionsMet = EnumSet.noneOf(TrancheCondition.class);

    protected Agreement() {
        // for JPA
    }

    /** The facts of the award an agreement is drafted for. */
    public record Award(
            long applicationId,
            long organisationId,
            String organisationName,
            String caseNumber,
            String programCode,
            int programVersion,
            String programName,
            String decisionLetter,
            long amountFen) {}

    /** Drafts the agreement of an award from its program's template: indicators without targets, tranches split. */
    public static Agreement draft(Award award, AgreementTemplate template, Instant now) {
        Agreement a = new Agreement();
        a.about(
                award.applicationId(),
                award.organisationId(),
                award.organisationName(),
                award.caseNumber(),
                award.programCode(),
                award.programVersion());
        a.programName = award.programName();
        a.decisionLetter = award.decisionLetter();
        a.amountFen = award.amountFen();
        a.status = AgreementStatus.DRAFT;
        a.draftedAt = now;
        template.indicators()
                .forEach(i -> a.indicators.add(new Indicator(
                        i.code(),
                        i.category(),
                        i.name().zh(),
                        i.name().en(),
                        i.unit().zh(),
                        i.unit().en(),
                        i.higherIsBetter())));
        List<Long> amounts = TrancheSplit.split(award.amountFen(), template.shares());
        for (int i = 0; i < amounts.size(); i++) {
            AgreementTemplate.TranchePlan plan = template.tranches().get(i);
            a.tranches.add(new Tranche(plan.sharePercent(), plan.condition(), amounts.get(i)));
        }
        return a;
    }

    /** The applicant proposes a target for every indicator, by code; one missing or out of range is refused. */
    public void proposeTargets(Map<String, BigDecimal> targets, String applicant, Instant now) {
        AgreementStatus next = AgreementMove.PROPOSE_TARGETS.target(status);
        List<BigDecimal> checked = new ArrayList<>();
        for (Indicator indicator : indicators) {
            checked.add(Target.of(targets.get(indicator.code()), indicator.nameZh()));
        }
        for (int i = 0; i < indicators.size(); i++) {
            indicators.get(i).target(checked.get(i));
        }
        this.proposedBy = applicant;
        this.proposedAt = now;
        this.status = next;
    }

    /** The reviewer returns the targets; the applicant is told why. */
    public void returnTargets(String reason) {
        AgreementStatus next = AgreementMove.RETURN_TARGETS.target(status);
        if (reason == null || reason.isBlank()) {
            throw new DomainException("review.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DomainException("agreement.reasonTooLong", MAX_REASON);
        }
        this.returnReason = reason.strip();
        this.status = next;
    }

    /** Refuses, before anything is numbered or printed, a reviewer's acceptance the agreement's state does not allow. */
    public void checkTargetsAcceptable() {
        AgreementMove.ACCEPT_TARGETS.target(status);
    }

    /** The reviewer accepted the targets and the bureau's signed agreement was printed: it waits for the applicant. */
    public void issue(String reviewer, String number, String code, String sha256, int size, Instant now) {
        this.status = AgreementMove.ACCEPT_TARGETS.target(status);
        this.targetsAcceptedBy = reviewer;
        this.returnReason = null;
        this.number = Objects.requireNonNull(number);
        this.verificationCode = Objects.requireNonNull(code);
        this.sha256 = Objects.requireNonNull(sha256);
        this.sizeBytes = size;
        this.issuedAt = now;
    }

    /**
     * The applicant accepts the signed agreement: it is in force, and every tranche due on signing falls due.
     *
     * @return the tranches that fell due, by their number (from 1)
     */
    public List<Integer> accept(String applicant, Instant now) {
        this.status = AgreementMove.ACCEPT_AGREEMENT.target(status);
        this.acceptedBy = applicant;
        this.acceptedAt = now;
        return fallDue(TrancheCondition.ON_SIGNING, applicant, now);
    }

    /**
     * A later stage reports that a condition holds (the mid-term check or the acceptance passed). Refused before the
     * agreement is signed, for the signing itself (which is the applicant's acceptance), for a condition that was
     * met already, and for the acceptance before a scheduled mid-term check.
     *
     * @param midtermScheduled whether the program's reporting schedule has a mid-term check
     * @return the tranches that fell due, by their number (from 1); none when the plan pays nothing on it
     */
    public List<Integer> conditionMet(TrancheCondition condition, boolean midtermScheduled, String actor, Instant now) {
        AgreementMove.MEET_CONDITION.target(status);
        if (condition == TrancheCondition.ON_SIGNING) {
            throw new DomainException("agreement.signingIsAcceptance");
        }
        if (met(condition)) {
            throw new DomainException(
                    "agreement.conditionAlreadyMet", new MessageKey("agreement.condition." + condition.name()));
        }
        if (condition == TrancheCondition.AFTER_ACCEPTANCE
                && midtermScheduled
                && !met(TrancheCondition.AFTER_MIDTERM_CHECK)) {
            throw new DomainException("agreement.midtermFirst");
        }
        conditionsMet.add(condition);
        return fallDue(condition, actor, now);
    }

    private List<Integer> fallDue(TrancheCondition condition, String actor, Instant at) {
        List<Integer> due = new ArrayList<>();
        for (int i = 0; i < tranches.size(); i++) {
            Tranche tranche = tranches.get(i);
            if (tranche.condition() == condition && !tranche.due()) {
                tranche.fallDue(actor, at);
                due.add(i + 1);
            }
        }
        return due;
    }

    /** Whether the condition was reported as holding (the signing: whether the agreement was accepted). */
    public boolean met(TrancheCondition condition) {
        return condition == TrancheCondition.ON_SIGNING ? acceptedAt != null : conditionsMet.contains(condition);
    }

    public Long id() {
        return id;
    }

    public String programName() {
        return programName;
    }

    public String decisionLetter() {
        return decisionLetter;
    }

    public long amountFen() {
        return amountFen;
    }

    public AgreementStatus status() {
        return status;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String returnReason() {
        return returnReason;
    }

    public String targetsAcceptedBy() {
        return targetsAcceptedBy;
    }

    public String number() {
        return number;
    }

    public String verificationCode() {
        return verificationCode;
    }

    public String sha256() {
        return sha256;
    }

    public Integer sizeBytes() {
        return sizeBytes;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public long rowVersion() {
        return rowVersion;
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    public List<Tranche> tranches() {
        return List.copyOf(tranches);
    }
}
