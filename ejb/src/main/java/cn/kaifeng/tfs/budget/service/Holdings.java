package cn.kaifeng.tfs.budget.service;

import cn.kaifeng.tfs.budget.domain.Granted;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.program.domain.Outcome;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where each application of a budget year stands with respect to the money: approved (its decided amount is spent
 * from the budget), proposed (its amount is published and held), a candidate (passed, not yet proposed), still in
 * review (it may yet become a candidate), or out of the running. The budget year is the year (Beijing time) the
 * application was last submitted in.
 */
@ApplicationScoped
public class Holdings {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Decided but waiting for the letter or the second reviewer: the amount is spent. */
    private static final Set<ApplicationStatus> DECIDED =
            EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.AWAITING_SECOND_APPROVAL);

    /** Proposed: the amount is published in the notice, or the notice is over and the decision due. */
    private static final Set<ApplicationStatus> PROPOSED = EnumSet.of(
            ApplicationStatus.PUBLIC_NOTICE, ApplicationStatus.OBJECTED, ApplicationStatus.AWAITING_DECISION);

    private static final Set<ApplicationStatus> IN_REVIEW = EnumSet.of(
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.FORMAL_REVIEW,
            ApplicationStatus.RETURNED,
            ApplicationStatus.EXPERT_REVIEW,
            ApplicationStatus.APPEALED);

    @PersistenceContext
    private EntityManager em;

    public enum Standing {
        APPROVED,
        PROPOSED,
        CANDIDATE,
        IN_REVIEW,
        OUT
    }

    /** One application with its standing and the amount it holds or would take. */
    public record Holding(Application application, Standing standing, Money amount) {

        /** Approved or proposed: it holds support that limits others. */
        public boolean holds() {
            return standing == Standing.APPROVED || standing == Standing.PROPOSED;
        }

        public Granted granted() {
            return new Granted(
                    application.id(),
                    application.number(),
                    application.programCode(),
                    amount,
                    application.results().award());
        }

        public LocalDate submittedOn() {
            return LocalDate.ofInstant(application.submittedAt(), CHINA);
        }
    }

    /** The budget year of an application: the year it was (last) submitted, Beijing time. */
    public static int yearOf(Application application) {
        return LocalDate.ofInstant(application.submittedAt(), CHINA).getYear();
    }

    /** Every submitted application of the program in the year, with its standing. */
    public List<Holding> ofProgram(String programCode, int year) {
        List<Application> found = em.createQuery(
                        "SELECT a FROM Application a JOIN FETCH a.organisation WHERE a.programCode = :code"
                                + " AND a.submittedAt >= :from AND a.submittedAt < :to ORDER BY a.submittedAt, a.number",
                        Application.class)
                .setParameter("code", programCode)
                .setParameter("from", startOf(year))
                .setParameter("to", startOf(year + 1))
                .getResultList();
        return standings(found);
    }

    /** The organisation's submitted applications of the year, to any program, with their standing. */
    public List<Holding> ofOrganisation(long organisationId, int year) {
        List<Application> found = em.createQuery(
                        "SELECT a FROM Application a JOIN FETCH a.organisation WHERE a.organisation.id = :organisation"
                                + " AND a.submittedAt >= :from AND a.submittedAt < :to ORDER BY a.submittedAt, a.number",
                        Application.class)
                .setParameter("organisation", organisationId)
                .setParameter("from", startOf(year))
                .setParameter("to", startOf(year + 1))
                .getResultList();
        return standings(found);
    }

    private List<Holding> standings(List<Application> found) {
        Set<Long> approvedByLetter = approvalLetters(found);
        return found.stream()
                .map(a -> new Holding(a, standing(a, approvedByLetter), amountOf(a)))
                .toList();
    }

    private static Standing standing(Application a, Set<Long> approvedByLetter) {
        ApplicationStatus status = a.status();
        if (DECIDED.contains(status)
                || (status == ApplicationStatus.LETTER_ISSUED && approvedByLetter.contains(a.id()))) {
            return Standing.APPROVED;
        }
        if (PROPOSED.contains(status)) {
            return Standing.PROPOSED;
        }
        if (status == ApplicationStatus.REVIEW_CONCLUDED && a.results().outcome() == Outcome.PASSED) {
            return Standing.CANDIDATE;
        }
        return IN_REVIEW.contains(status) ? Standing.IN_REVIEW : Standing.OUT;
    }

    /** Decided: the decided amount; proposed: the proposed one; otherwise what the award rule gives. */
    private static Money amountOf(Application a) {
        ApplicationStatus status = a.status();
        Money amount;
        if (DECIDED.contains(status) || status == ApplicationStatus.LETTER_ISSUED) {
            amount = a.decision().decidedAmount();
        } else if (PROPOSED.contains(status)) {
            amount = a.decision().proposedAmount();
        } else {
            amount = a.results().award();
        }
        return amount == null ? Money.ZERO : amount;
    }

    /** Of the applications whose letter is issued, those whose letter is a standing approval (not a rejection). */
    private Set<Long> approvalLetters(List<Application> applications) {
        List<Long> issued = applications.stream()
                .filter(a -> a.status() == ApplicationStatus.LETTER_ISSUED)
                .map(Application::id)
                .toList();
        if (issued.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "SELECT l.applicationId FROM Letter l WHERE l.kind = :kind AND l.revokedAt IS NULL"
                                + " AND l.applicationId IN :ids",
                        Long.class)
                .setParameter("kind", LetterKind.APPROVAL)
                .setParameter("ids", issued)
                .getResultList());
    }

    static Instant startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(CHINA).toInstant();
    }
}
