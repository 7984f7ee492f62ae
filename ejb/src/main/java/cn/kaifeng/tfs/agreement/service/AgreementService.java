package cn.kaifeng.tfs.agreement.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.domain.AgreementFile;
import cn.kaifeng.tfs.agreement.domain.AgreementMove;
import cn.kaifeng.tfs.agreement.domain.AgreementStatus;
import cn.kaifeng.tfs.agreement.domain.Tranche;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.service.NumberCounters;
import cn.kaifeng.tfs.letter.domain.LetterNumber;
import cn.kaifeng.tfs.letter.domain.VerificationCode;
import cn.kaifeng.tfs.program.domain.AgreementTemplate;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.TrancheCondition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agreement's use cases: the applicant proposes targets and accepts the signed agreement, the reviewer accepts
 * or returns the targets (accepting prints and signs the agreement), and the later stages report that a tranche's
 * condition holds. Each step locks the agreement's row, lets the domain refuse what its state does not allow, is
 * audited, and fires {@link TrancheMatured} for every tranche that fell due, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class AgreementService {

    @Inject
    private Clock clock;

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private ProgramService programs;

    @Inject
    private NumberCounters counters;

    @Inject
    private AgreementPrinter printer;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<TrancheMatured> trancheDue;

    /** An agreement with what its program version says about it (obligations, reporting, budget line). */
    public record View(Agreement agreement, AgreementTemplate template) {}

    /** A signed agreement's file. */
    public record Download(Agreement agreement, byte[] pdf) {}

    /** The agreement of an application, for its own organisation's applicants and reviewers; empty for anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<View> forApplication(String username, long applicationId) {
        return find(applicationId).filter(a -> mayRead(username, a)).map(this::view);
    }

    /** The agreement of an application for a reviewer's page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public View forReviewer(String reviewer, long applicationId) {
        requireReviewer(reviewer);
        return find(applicationId).map(this::view).orElseThrow(() -> new DomainException("agreement.notFound"));
    }

    /** The agreements whose targets wait for a reviewer, oldest proposal first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Agreement> waitingForReview(String reviewer) {
        requireReviewer(reviewer);
        return em.createQuery(
                        "SELECT a FROM Agreement a WHERE a.status = :s ORDER BY a.proposedAt, a.id", Agreement.class)
                .setParameter("s", AgreementStatus.TARGETS_PROPOSED)
                .getResultList();
    }

    /** The applicant proposes a target for every indicator (codes to values). */
    public Agreement proposeTargets(String username, long applicationId, Map<String, BigDecimal> targets) {
        Agreement agreement = lockOwn(username, applicationId);
        agreement.proposeTargets(targets, username, clock.instant());
        audit.record(username, "AGREEMENT_TARGETS_PROPOSED", subject(agreement), null, targetsOf(agreement));
        return agreement;
    }

    /** The reviewer returns the proposed targets with a reason. */
    public Agreement returnTargets(String reviewer, long applicationId, String reason) {
        requireReviewer(reviewer);
        Agreement agreement = lock(applicationId);
        agreement.returnTargets(reason);
        audit.record(reviewer, "AGREEMENT_TARGETS_RETURNED", subject(agreement), targetsOf(agreement), reason);
        return agreement;
    }

    /**
     * The reviewer accepts the targets: the agreement is numbered, printed with them, signed with the bureau's key
     * and stored; it then waits for the applicant. All in one transaction: if printing or signing fails, nothing
     * happened and the number is given back.
     */
    public Agreement acceptTargets(String reviewer, long applicationId) {
        requireReviewer(reviewer);
        Agreement agreement = lock(applicationId);
        agreement.checkTargetsAcceptable();
        ProgramDefinition program = programOf(agreement);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BEIJING);
        // the program's number word with 协 (协议): its agreements count apart from its letters
        String word = program.letters().numberWord() + "协";
        String number =
                new LetterNumber(word, today.getYear(), counters.nextValue("A:" + word, today.getYear())).toString();
        String code = VerificationCode.generate();
        byte[] pdf = printer.print(
                agreement,
                program.agreementTemplate().orElseThrow(),
                program.letters().issuer().zh(),
                number,
                code,
                today);
        String sha256 = Sha256.hex(pdf);
        agreement.issue(reviewer, number, code, sha256, pdf.length, now);
        em.persist(new AgreementFile(agreement.id(), pdf));
        audit.record(
                reviewer,
                "AGREEMENT_ISSUED",
                subject(agreement),
                null,
                number + " " + targetsOf(agreement) + " sha256=" + sha256);
        return agreement;
    }

    /**
     * The applicant accepts the signed agreement online (recorded with who, when and the hash of the PDF accepted):
     * it is in force, and every tranche due on signing falls due.
     */
    public Agreement accept(String username, long applicationId) {
        Agreement agreement = lockOwn(username, applicationId);
        Instant now = clock.instant();
        List<Integer> due = agreement.accept(username, now);
        audit.record(
                username,
                "AGREEMENT_ACCEPTED",
                subject(agreement),
                null,
                agreement.number() + " sha256=" + agreement.sha256() + " at=" + now);
        fire(agreement, due, username, now);
        return agreement;
    }

    /**
     * A later stage (the mid-term check, the acceptance) reports that a condition of the agreement holds: every
     * tranche with that condition falls due, and {@link TrancheMatured} is fired for each in the caller's transaction.
     * Refused, with the reason, for an application without an agreement, an agreement not yet signed, the signing
     * itself, a condition met before, and the acceptance before a scheduled mid-term check.
     *
     * @return the events fired, one per tranche that fell due (none when the plan pays nothing on this condition)
     */
    public List<TrancheMatured> conditionMet(long applicationId, TrancheCondition condition, String actor) {
        Agreement agreement = lock(applicationId);
        boolean midterm = programOf(agreement)
                .agreementTemplate()
                .orElseThrow()
                .reporting()
                .hasMidterm();
        Instant now = clock.instant();
        List<Integer> due = agreement.conditionMet(condition, midterm, actor, now);
        audit.record(actor, "AGREEMENT_CONDITION_MET", subject(agreement), null, condition + " tranches=" + due);
        return fire(agreement, due, actor, now);
    }

    /** The signed file, for the organisation's applicants and reviewers; checked against its hash. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(String username, long agreementId) {
        Agreement agreement = em.find(Agreement.class, agreementId);
        AgreementFile file = agreement == null ? null : em.find(AgreementFile.class, agreementId);
        if (file == null || !mayRead(username, agreement)) {
            throw new DomainException("agreement.notFound");
        }
        byte[] pdf = file.pdf();
        if (!Sha256.hex(pdf).equals(agreement.sha256())) {
            throw new DomainException("letter.damaged");
        }
        return new Download(agreement, pdf);
    }

    /** Whether the step can be taken now, for pages to offer only what the state allows. */
    public static boolean allowed(Agreement agreement, AgreementMove move) {
        return move.allowedFrom(agreement.status());
    }

    private List<TrancheMatured> fire(Agreement agreement, List<Integer> due, String actor, Instant at) {
        if (due.isEmpty()) {
            return List.of();
        }
        AgreementTemplate template = programOf(agreement).agreementTemplate().orElseThrow();
        long threshold = template.secondApprovalAbove().movePointRight(2).longValueExact();
        List<TrancheMatured> fired = new ArrayList<>();
        for (int number : due) {
            Tranche tranche = agreement.tranches().get(number - 1);
            TrancheMatured event = new TrancheMatured(
                    agreement.applicationId(),
                    agreement.caseNumber(),
                    agreement.programCode(),
                    agreement.organisationId(),
                    number,
                    tranche.amountFen(),
                    agreement.programName() + " 第" + number + "笔",
                    template.budgetLine(),
                    threshold,
                    actor,
                    at);
            trancheDue.fire(event);
            fired.add(event);
        }
        return fired;
    }

    private View view(Agreement agreement) {
        return new View(agreement, programOf(agreement).agreementTemplate().orElseThrow());
    }

    private ProgramDefinition programOf(Agreement agreement) {
        return programs.version(agreement.programCode(), agreement.programVersion())
                .orElseThrow();
    }

    private Optional<Agreement> find(long applicationId) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.applicationId = :id", Agreement.class)
                .setParameter("id", applicationId)
                .getResultStream()
                .findFirst();
    }

    private Agreement lock(long applicationId) {
        Agreement agreement = find(applicationId).orElseThrow(() -> new DomainException("agreement.notFound"));
        em.refresh(agreement, LockModeType.PESSIMISTIC_WRITE);
        return agreement;
    }

    /** The caller's own organisation's agreement, locked; not found for anyone else. */
    private Agreement lockOwn(String username, long applicationId) {
        Long organisation = accounts.applicantOrganisation(username)
                .map(o -> o.id())
                .orElseThrow(() -> new DomainException("agreement.notFound"));
        Agreement agreement = lock(applicationId);
        if (!agreement.organisationId().equals(organisation)) {
            throw new DomainException("agreement.notFound");
        }
        return agreement;
    }

    private boolean mayRead(String username, Agreement agreement) {
        UserAccount account = accounts.findByUsername(username).orElse(null);
        if (account == null) {
            return false;
        }
        if (account.hasRole(Role.REVIEWER)) {
            return true;
        }
        return account.hasRole(Role.APPLICANT)
                && accounts.applicantOrganisation(username)
                        .map(o -> o.id().equals(agreement.organisationId()))
                        .orElse(false);
    }

    private void requireReviewer(String username) {
        if (accounts.findByUsername(username)
                .filter(a -> a.hasRole(Role.REVIEWER))
                .isEmpty()) {
            throw new DomainException("agreement.notFound");
        }
    }

    private static String subject(Agreement agreement) {
        // the case's subject, so the agreement's steps read with the case's in the audit trail
        return "application:" + agreement.applicationId();
    }

    private static String targetsOf(Agreement agreement) {
        StringBuilder s = new StringBuilder();
        agreement
                .indicators()
                .forEach(i -> s.append(i.code())
                        .append('=')
                        .append(i.target() == null ? "-" : i.target().toPlainString())
                        .append(' '));
        return s.toString().strip();
    }
}
