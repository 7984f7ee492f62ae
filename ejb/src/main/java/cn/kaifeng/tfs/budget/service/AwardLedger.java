package cn.kaifeng.tfs.budget.service;

import cn.kaifeng.tfs.budget.domain.Budget;
import cn.kaifeng.tfs.budget.domain.BudgetPlan;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.domain.Move;
import cn.kaifeng.tfs.casefile.service.CaseMoved;
import cn.kaifeng.tfs.ledger.service.LedgerService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decisions in the ledger: the step that decides an award (APPROVE, or REQUEST_SECOND_APPROVAL above the four-eyes
 * limit) commits its amount in the book of its program's year and round; a step that undoes it (the second reviewer
 * declines, an appeal reopens the case, …) releases what is still committed. Observed in the step's transaction, so
 * a refused commitment undoes the step. The amount is committed when the first reviewer decides, not when the
 * second confirms: from then on it is spent as far as the budget check of any other approval is concerned, so two
 * first approvals cannot both take the last of a budget while their confirmations are pending.
 */
@ApplicationScoped
public class AwardLedger {

    /** Where a decided amount stays committed: decided, confirmed, in its letter, or under appeal (until reopened). */
    private static final Set<ApplicationStatus> HOLDING = EnumSet.of(
            ApplicationStatus.AWAITING_SECOND_APPROVAL,
            ApplicationStatus.APPROVED,
            ApplicationStatus.LETTER_ISSUED,
            ApplicationStatus.APPEALED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BudgetService budgets;

    @Inject
    private LedgerService ledger;

    void moved(@Observes CaseMoved moved) {
        Move step = Move.valueOf(moved.step());
        if (step == Move.APPROVE || step == Move.REQUEST_SECOND_APPROVAL) {
            commit(em.find(Application.class, moved.applicationId()), moved.actor());
        } else if (!HOLDING.contains(ApplicationStatus.valueOf(moved.status()))) {
            ledger.release(moved.applicationId(), moved.actor());
        }
    }

    /** The decided amount into its round's book; nothing for a recognition or a year without a budget. */
    private void commit(Application application, String by) {
        Money amount = application.decision().decidedAmount();
        if (amount == null || amount.isZero()) {
            return;
        }
        int year = Holdings.yearOf(application);
        BudgetPlan plan = budgets.plan(application.programCode(), year);
        if (plan.isEmpty()) {
            return;
        }
        LocalDate submittedOn = LocalDate.ofInstant(application.submittedAt(), Holdings.CHINA);
        Budget budget = plan.forSubmission(submittedOn).orElseThrow(() -> new DomainException("award.noRound", year));
        ledger.commit(application.programCode(), year, budget.round(), application.id(), amount, by);
    }
}
