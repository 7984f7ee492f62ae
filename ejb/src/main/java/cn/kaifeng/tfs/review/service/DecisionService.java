package cn.kaifeng.tfs.review.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.budget.domain.AwardLimits;
import cn.kaifeng.tfs.budget.domain.Limit;
import cn.kaifeng.tfs.budget.service.AwardChecks;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.domain.Move;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.casefile.service.Timeline;
import cn.kaifeng.tfs.limit.domain.PublicAction;
import cn.kaifeng.tfs.limit.service.AddressLimitService;
import cn.kaifeng.tfs.program.domain.Outcome;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.ReviewPath;
import cn.kaifeng.tfs.review.domain.Objection;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * From a concluded review to a decision: proposing approval with an amount (the award rule's unless a reviewer
 * changes it, with a reason), the public notice (公示) and objections to it, the end of the notice (by the
 * schedule), and the decision, with a second reviewer's approval above the program's limit (four-eyes). Proposals
 * and approvals stay within the program's budget, yearly cap and 不重复享受 rules ({@link AwardChecks}).
 */
@ApplicationScoped
@Transactional
public class DecisionService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    /** Who takes the steps no person takes. */
    public static final String SYSTEM = "system";

    /** Who objects: anyone, without an account. */
    public static final String PUBLIC = "public";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AddressLimitService limits;

    @Inject
    private ApplicationService applications;

    @Inject
    private AuditLog audit;

    @Inject
    private AwardChecks awardChecks;

    /** Proposes approval of a concluded, passed application; it goes into public notice if the program has one. */
    public Application propose(String reviewer, long id, long seenVersion, BigDecimal amount, String reason) {
        Application application = applications.lockForReview(reviewer, id, seenVersion);
        if (application.results().outcome() != Outcome.PASSED) {
            throw new DomainException("decision.notPassed");
        }
        ProgramDefinition program = applications.programOf(application);
        Money proposed = amountOf(program, amount, application.results().award(), reason);
        if (proposed != null) {
            Checked checked = withinRules(
                    application,
                    program,
                    proposed,
                    typed(proposed, application.results().award()),
                    reason,
                    Optional.empty());
            awardChecks.requireAboveLine(application, program, checked.amount());
            proposed = checked.amount();
            reason = checked.reason();
        }
        ReviewPath path = program.reviewPath();
        Instant now = clock.instant();
        application.propose(
                proposed,
                blankToNull(reason),
                path.publicNoticeDays() > 0 ? now : null,
                path.publicNoticeDays() > 0 ? now.plus(Duration.ofDays(path.publicNoticeDays())) : null);
        return applications.step(application, reviewer, Move.PROPOSE_APPROVAL, said(proposed, reason));
    }

    /** One row of the public notice: nothing personal, only what the notice publishes. */
    public record Notice(
            long applicationId,
            String number,
            String programCode,
            int programVersion,
            String organisation,
            Money amount,
            Instant endsAt,
            boolean objected) {}

    /** What is in public notice now (including those paused by an objection), soonest ending first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notice> onNotice() {
        return em.createQuery(
                        "SELECT a FROM Application a JOIN FETCH a.organisation WHERE a.status IN :statuses"
                                + " ORDER BY a.decision.noticeEndsAt, a.number",
                        Application.class)
                .setParameter("statuses", List.of(ApplicationStatus.PUBLIC_NOTICE, ApplicationStatus.OBJECTED))
                .getResultStream()
                .map(a -> new Notice(
                        a.id(),
                        a.number(),
                        a.programCode(),
                        a.programVersion(),
                        a.organisation().name(),
                        a.decision().proposedAmount(),
                        a.decision().noticeEndsAt(),
                        a.status() == ApplicationStatus.OBJECTED))
                .toList();
    }

    /** Objections one application may receive in a day, all addresses together: beyond, they are refused. */
    public static final int MAX_OBJECTIONS_PER_DAY = 50;

    /**
     * Anyone objects to an application in public notice: it waits until a reviewer resolves the objection. Limited
     * per address ({@link PublicAction#OBJECTION}) and per application ({@value #MAX_OBJECTIONS_PER_DAY} a day). An
     * objection identical to an open one, or to one a reviewer dismissed as vexatious, is merged into it: counted,
     * audited, but the case is not paused again.
     */
    public Objection object(long id, String reason, String contact, String address) {
        Optional<Duration> wait = limits.take(PublicAction.OBJECTION, address);
        if (wait.isPresent()) {
            throw new DomainException("notice.tooMany", Math.max(1, wait.get().toMinutes() + 1));
        }
        Application application = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null
                || (application.status() != ApplicationStatus.PUBLIC_NOTICE
                        && application.status() != ApplicationStatus.OBJECTED)) {
            throw new DomainException("notice.notOnNotice");
        }
        Objection objection = new Objection(id, reason, contact, clock.instant());
        Optional<Objection> same = em
                .createQuery(
                        "SELECT o FROM Objection o WHERE o.applicationId = :id AND o.reasonKey = :key ORDER BY o.id",
                        Objection.class)
                .setParameter("id", id)
                .setParameter("key", Objection.keyOf(reason))
                .getResultList()
                .stream()
                .filter(Objection::absorbsRepeats)
                .findFirst();
        if (same.isPresent()) {
            same.get().repeated();
            audit.record(
                    PUBLIC,
                    "NOTICE_OBJECTION_REPEATED",
                    Timeline.subject(application),
                    null,
                    "objection:" + same.get().id() + (same.get().vexatious() ? " (vexatious)" : ""));
            return same.get();
        }
        long today = em.createQuery(
                        "SELECT COUNT(o) FROM Objection o WHERE o.applicationId = :id AND o.raisedAt > :since",
                        Long.class)
                .setParameter("id", id)
                .setParameter("since", clock.instant().minus(Duration.ofDays(1)))
                .getSingleResult();
        if (today >= MAX_OBJECTIONS_PER_DAY) {
            throw new DomainException("notice.applicationLimit");
        }
        em.persist(objection);
        if (application.status() == ApplicationStatus.PUBLIC_NOTICE) {
            applications.step(application, PUBLIC, Move.OBJECT, null);
        }
        audit.record(PUBLIC, "NOTICE_OBJECTION", Timeline.subject(application), null, objection.reason());
        return objection;
    }

    public List<Objection> objections(String reviewer, long id) {
        applications.requireRole(reviewer, Role.REVIEWER);
        return em.createQuery("SELECT o FROM Objection o WHERE o.applicationId = :id ORDER BY o.id", Objection.class)
                .setParameter("id", id)
                .getResultList();
    }

    /**
     * Resolves the open objections of an application: upheld, it is rejected; dismissed, its notice goes on (and
     * if the period has ended meanwhile, the schedule moves it on at once). Dismissed as vexatious, identical
     * objections raised later are merged into them and no longer pause the case.
     */
    public Application resolveObjections(
            String reviewer, long id, long seenVersion, boolean upheld, String resolution, boolean vexatious) {
        Application application = applications.lockForReview(reviewer, id, seenVersion);
        Instant now = clock.instant();
        List<Objection> open =
                objections(reviewer, id).stream().filter(o -> !o.resolved()).toList();
        for (Objection objection : open) {
            objection.resolve(upheld, resolution, reviewer, now);
            if (vexatious && !upheld) {
                objection.markVexatious();
            }
        }
        return applications.step(
                application,
                reviewer,
                upheld ? Move.UPHOLD_OBJECTION : Move.DISMISS_OBJECTION,
                resolution == null ? null : resolution.strip());
    }

    /** Ids of applications whose notice has ended without objection: the schedule's work list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> dueNotices() {
        return em.createQuery(
                        "SELECT a.id FROM Application a WHERE a.status = :status AND a.decision.noticeEndsAt <= :now",
                        Long.class)
                .setParameter("status", ApplicationStatus.PUBLIC_NOTICE)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /**
     * Ends one due notice, in a transaction of its own. The row lock and the re-check make it safe for every
     * cluster node's schedule to try: the first moves it, the others find nothing to do.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean endNotice(long id) {
        Application application = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null
                || application.status() != ApplicationStatus.PUBLIC_NOTICE
                || application.decision().noticeEndsAt() == null
                || application.decision().noticeEndsAt().isAfter(clock.instant())) {
            return false;
        }
        applications.step(application, SYSTEM, Move.END_NOTICE, null);
        return true;
    }

    /**
     * Approves with an amount (the proposed one unless changed, with a reason). Above the program's limit the
     * approval waits for a second reviewer.
     */
    public Application approve(String reviewer, long id, long seenVersion, BigDecimal amount, String reason) {
        Application application = applications.lockForReview(reviewer, id, seenVersion);
        Money byRule = application.decision().proposedAmount() != null
                ? application.decision().proposedAmount()
                : application.results().award();
        ProgramDefinition program = applications.programOf(application);
        Money decided = amountOf(program, amount, byRule, reason);
        if (decided != null) {
            Checked checked = withinRules(
                    application,
                    program,
                    decided,
                    typed(decided, byRule),
                    reason,
                    awardChecks.budgetLimit(application, program));
            decided = checked.amount();
            reason = checked.reason();
        }
        application.decide(decided, blankToNull(reason), reviewer, clock.instant());
        boolean fourEyes =
                decided != null && decided.yuan().compareTo(program.reviewPath().secondApprovalAbove()) > 0;
        return applications.step(
                application, reviewer, fourEyes ? Move.REQUEST_SECOND_APPROVAL : Move.APPROVE, said(decided, reason));
    }

    /** The second reviewer confirms an approval: anyone but the reviewer who decided it. */
    public Application confirm(String reviewer, long id, long seenVersion) {
        Application application = applications.lockForReview(reviewer, id, seenVersion);
        application.confirm(reviewer, clock.instant());
        return applications.step(application, reviewer, Move.CONFIRM_APPROVAL, null);
    }

    public Application decline(String reviewer, long id, long seenVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("review.reasonRequired");
        }
        Application application = applications.lockForReview(reviewer, id, seenVersion);
        if (reviewer.equals(application.decision().decidedBy())) {
            throw new DomainException("decision.secondReviewerDiffers");
        }
        return applications.step(application, reviewer, Move.DECLINE_APPROVAL, reason.strip());
    }

    /** The step's note in the case history: the amount (or 认定 for a recognition) and the reason. */
    private static String said(Money amount, String reason) {
        return (amount == null ? "认定" : "¥" + amount.yuan().toPlainString())
                + (reason == null || reason.isBlank() ? "" : "\n" + reason.strip());
    }

    /** An amount within the limits, and the reason to record with it (the limit's, when it lowered the amount). */
    private record Checked(Money amount, String reason) {}

    /**
     * Keeps the amount within the program's yearly cap and its 不重复享受 rules, and within {@code budget} when
     * given. An amount the award rule gave is lowered to what a rule allows, with the rule's explanation as the
     * reason (it goes into the letter); an amount a reviewer typed is refused instead, and so is any amount when
     * nothing is allowed (the application is then to be rejected with that explanation) or the budget binds.
     */
    private Checked withinRules(
            Application application,
            ProgramDefinition program,
            Money asked,
            boolean typed,
            String reason,
            Optional<Limit> budget) {
        List<Limit> limits = new ArrayList<>(awardChecks.ruleLimits(application, program, asked));
        budget.ifPresent(limits::add);
        Optional<Limit> binding = AwardLimits.binding(asked, limits);
        if (binding.isEmpty()) {
            return new Checked(asked, reason);
        }
        Limit limit = binding.get();
        if (typed || limit.allowed().isZero() || limit.kind() == Limit.Kind.BUDGET) {
            List<Object> arguments = new ArrayList<>(java.util.Arrays.asList(limit.arguments()));
            arguments.add(limit.reason());
            throw new DomainException(
                    limit.messageKey() + (limit.allowed().isZero() ? ".none" : ""), arguments.toArray());
        }
        return new Checked(
                limit.allowed(), limit.reason() + (reason == null || reason.isBlank() ? "" : "\n" + reason.strip()));
    }

    /**
     * Whether the reviewer chose the amount: one other than the rule's (or the proposal's). The workbench always sends
     * the amount field, filled with the rule's amount, so an unchanged field is the rule's amount, not a choice.
     */
    private static boolean typed(Money asked, Money byRule) {
        return byRule == null || asked.compareTo(byRule) != 0;
    }

    /**
     * The amount decided: the one entered, else the award rule's. A recognition without an award rule confers a
     * status and no money, so an amount entered for it is refused rather than silently dropped.
     */
    private static Money amountOf(ProgramDefinition program, BigDecimal amount, Money byRule, String reason) {
        if (!program.grantsMoney()) {
            if (amount != null) {
                throw new DomainException("decision.noAmountForRecognition");
            }
            return null;
        }
        if (amount == null) {
            if (byRule == null) {
                throw new DomainException("decision.amountRequired");
            }
            return byRule;
        }
        if (amount.signum() <= 0) {
            throw new DomainException("decision.amountPositive");
        }
        Money chosen = Money.ofYuan(amount);
        if ((byRule == null || chosen.compareTo(byRule) != 0) && (reason == null || reason.isBlank())) {
            throw new DomainException("decision.amountReasonRequired");
        }
        return chosen;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
