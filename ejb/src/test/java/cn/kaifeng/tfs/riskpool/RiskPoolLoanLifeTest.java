package cn.kaifeng.tfs.riskpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.riskpool.domain.LoanEvent;
import cn.kaifeng.tfs.riskpool.domain.LoanLife;
import cn.kaifeng.tfs.riskpool.domain.LoanState;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A loan of 100 万元 granted on 1 March 2026, through drawdown, schedule, repayments, default and recoveries. */
class RiskPoolLoanLifeTest {

    static final LocalDate GRANTED = LocalDate.of(2026, 3, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final long AMOUNT = 1_000_000_00L;

    LoanLife life = new LoanLife(AMOUNT, GRANTED);

    void apply(LoanEvent e) {
        life.apply(e, TODAY);
    }

    String refused(LoanEvent e) {
        long outstanding = life.outstandingFen();
        LoanState state = life.state();
        String key =
                assertThrows(DomainException.class, () -> life.apply(e, TODAY)).messageKey();
        assertEquals(outstanding, life.outstandingFen(), "a refused event changes nothing");
        assertEquals(state, life.state(), "a refused event changes nothing");
        return key;
    }

    @Test
    void aLoanRunsToDefaultAndRecoveries() {
        apply(new LoanEvent.Drawdown(GRANTED, AMOUNT));
        apply(new LoanEvent.RepaymentPlan(
                GRANTED,
                List.of(
                        new LoanEvent.Instalment(LocalDate.of(2026, 9, 1), 500_000_00),
                        new LoanEvent.Instalment(LocalDate.of(2027, 3, 1), 500_000_00))));
        apply(new LoanEvent.Repayment(LocalDate.of(2026, 6, 1), 0, 12_000_00));
        apply(new LoanEvent.Repayment(LocalDate.of(2026, 9, 1), 300_000_00, 12_000_00));
        assertEquals(700_000_00, life.outstandingFen());
        assertEquals(24_000_00, life.interestPaidFen());
        apply(new LoanEvent.PastDue(LocalDate.of(2026, 10, 1), 30));
        assertFalse(life.nonPerforming(), "30 days past due is not yet non-performing");
        apply(new LoanEvent.PastDue(LocalDate.of(2026, 12, 1), 91));
        assertTrue(life.nonPerforming(), "91 days past due is");
        apply(new LoanEvent.Default(LocalDate.of(2026, 12, 1)));
        assertEquals(LoanState.DEFAULTED, life.state());
        assertEquals(700_000_00, life.lossFen());
        apply(new LoanEvent.Recovery(LocalDate.of(2026, 12, 1), 100_000_00));
        assertEquals(600_000_00, life.coveredBalanceFen());
        apply(new LoanEvent.WriteOff(LocalDate.of(2026, 12, 1)));
        assertEquals(0, life.coveredBalanceFen());
        apply(new LoanEvent.Recovery(LocalDate.of(2026, 12, 1), 600_000_00));
        assertEquals("riskpool.loan.recoveredBeyondLoss", refused(new LoanEvent.Recovery(TODAY, 1)));
    }

    @Test
    void noRepaymentAboveWhatIsOutstanding() {
        apply(new LoanEvent.Drawdown(GRANTED, 400_000_00));
        assertEquals(
                "riskpool.loan.aboveOutstanding", refused(new LoanEvent.Repayment(GRANTED.plusDays(1), 400_000_01, 0)));
        apply(new LoanEvent.Repayment(GRANTED.plusDays(1), 400_000_00, 0));
        assertEquals(LoanState.ACTIVE, life.state(), "repaid what was drawn, but not the whole loan");
    }

    @Test
    void datesGoInOrderFromTheGrantUpToToday() {
        assertEquals("riskpool.loan.beforeGrant", refused(new LoanEvent.Drawdown(GRANTED.minusDays(1), 1)));
        assertEquals("riskpool.loan.inFuture", refused(new LoanEvent.Drawdown(TODAY.plusDays(1), 1)));
        apply(new LoanEvent.Drawdown(LocalDate.of(2026, 5, 1), 1_00));
        assertEquals("riskpool.loan.outOfOrder", refused(new LoanEvent.Drawdown(LocalDate.of(2026, 4, 30), 1_00)));
    }

    @Test
    void theLifeCycleRefusesMovesOutOfTurn() {
        assertEquals("riskpool.loan.notActive", refused(new LoanEvent.Repayment(GRANTED, 1, 0)));
        assertEquals("riskpool.loan.defaultWithoutOutstanding", refused(new LoanEvent.Default(GRANTED)));
        assertEquals("riskpool.loan.writeOffBeforeDefault", refused(new LoanEvent.WriteOff(GRANTED)));
        assertEquals("riskpool.loan.recoveryBeforeDefault", refused(new LoanEvent.Recovery(GRANTED, 1)));
        assertEquals("riskpool.loan.drawnBeyondAmount", refused(new LoanEvent.Drawdown(GRANTED, AMOUNT + 1)));
        apply(new LoanEvent.Drawdown(GRANTED, AMOUNT));
        apply(new LoanEvent.Repayment(GRANTED, AMOUNT, 0));
        assertEquals(LoanState.REPAID, life.state());
        assertEquals("riskpool.loan.closed", refused(new LoanEvent.Drawdown(GRANTED, 1)));
        assertEquals("riskpool.loan.notActive", refused(new LoanEvent.PastDue(GRANTED, 5)));
    }

    @Test
    void aScheduleAddsUpToTheLoanWithDatesInOrder() {
        LocalDate d1 = LocalDate.of(2026, 9, 1);
        LocalDate d2 = LocalDate.of(2027, 3, 1);
        assertEquals(
                "riskpool.loan.scheduleSum",
                refused(new LoanEvent.RepaymentPlan(GRANTED, List.of(new LoanEvent.Instalment(d1, AMOUNT - 1)))));
        assertEquals(
                "riskpool.loan.scheduleOrder",
                refused(new LoanEvent.RepaymentPlan(
                        GRANTED, List.of(new LoanEvent.Instalment(d2, 1), new LoanEvent.Instalment(d1, AMOUNT - 1)))));
        assertEquals("riskpool.loan.scheduleSize", refused(new LoanEvent.RepaymentPlan(GRANTED, List.of())));
        apply(new LoanEvent.RepaymentPlan(GRANTED, List.of(new LoanEvent.Instalment(d1, AMOUNT))));
        assertEquals(1, life.schedule().size());
    }

    @Test
    void hostileNumbersAreRefusedWhenTheEventIsMade() {
        assertEquals(
                "riskpool.amountPositive",
                assertThrows(DomainException.class, () -> new LoanEvent.Drawdown(GRANTED, 0))
                        .messageKey());
        assertEquals(
                "riskpool.amountNegative",
                assertThrows(DomainException.class, () -> new LoanEvent.Repayment(GRANTED, -1, 5))
                        .messageKey());
        assertEquals(
                "riskpool.loan.daysPastDueBounds",
                assertThrows(DomainException.class, () -> new LoanEvent.PastDue(GRANTED, 99_999))
                        .messageKey());
    }
}
