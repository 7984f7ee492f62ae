package cn.kaifeng.tfs.recovery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order's life: opened within what may be recovered, paid in parts, settled; overdue read off the date. */
class RecoveryOrderTest {

    private static final Instant T = Instant.parse("2026-03-01T02:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2026-01-31");

    private static RecoveryOrder order(String yuan, String recoverable, Integer creditMonths) {
        return new RecoveryOrder(
                7L,
                3L,
                "KF-RC-TEAM",
                Money.ofYuan(yuan),
                Money.ofYuan(recoverable),
                RecoveryReason.BREACH,
                "未按任务书开展项目",
                DUE,
                new BigDecimal("0.0365"),
                creditMonths,
                "demo.reviewer",
                T);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0|1000|recovery.amountPositive|an order of nothing",
                "1000.01|1000|recovery.amountAboveRecoverable|a fen above what was paid and is not yet claimed",
                "1|0|recovery.amountAboveRecoverable|nothing left to recover on the award",
            })
    void anOrderAboveWhatMayBeRecoveredIsRefused(String yuan, String recoverable, String key, String what) {
        assertEquals(
                key,
                assertThrows(DomainException.class, () -> order(yuan, recoverable, 36))
                        .messageKey(),
                what);
    }

    @Test
    void anOrderUpToWhatMayBeRecoveredOpens() {
        RecoveryOrder order = order("1000", "1000", 36);
        assertEquals(OrderStatus.OPEN, order.status());
        assertEquals(100000, order.outstandingPrincipalFen());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {"'   '|a blank reason", "''|no reason"})
    void anOrderNeedsAReason(String reason, String what) {
        Supplier<RecoveryOrder> open = () -> new RecoveryOrder(
                7L,
                3L,
                "KF-RC-TEAM",
                Money.ofYuan("10"),
                Money.ofYuan("10"),
                RecoveryReason.BREACH,
                reason,
                DUE,
                BigDecimal.ZERO,
                null,
                "demo.reviewer",
                T);
        assertEquals(
                "recovery.reasonRequired",
                assertThrows(DomainException.class, open::get).messageKey(),
                what);
    }

    @Test
    void partPaymentsThenTheRestSettleTheOrderAndNothingMoreIsTaken() {
        RecoveryOrder order = order("100000", "100000", 36);
        List<RecoveryPayment> paid = new ArrayList<>();
        // on time: no interest, all principal
        paid.add(order.pay(paid, DUE, Money.ofYuan("40000"), "demo.reviewer", T));
        assertEquals(Money.ofYuan("40000"), paid.get(0).principal());
        assertEquals(Money.ZERO, paid.get(0).interest());
        assertEquals(OrderStatus.OPEN, order.status());
        assertEquals(6000000, order.outstandingPrincipalFen());

        // ten days late on 60,000.00: 60.00 of interest first
        LocalDate late = DUE.plusDays(10);
        assertTrue(order.overdueOn(late));
        DomainException above = assertThrows(
                DomainException.class, () -> order.pay(paid, late, Money.ofYuan("60060.01"), "demo.reviewer", T));
        assertEquals("recovery.paymentAboveOwed", above.messageKey());
        RecoveryPayment rest = order.pay(paid, late, Money.ofYuan("60060"), "demo.reviewer", T);
        paid.add(rest);
        assertEquals(Money.ofYuan("60"), rest.interest());
        assertEquals(Money.ofYuan("60000"), rest.principal());
        assertEquals(OrderStatus.SETTLED, order.status());
        assertEquals(late, order.settledOn());
        assertEquals(0, order.outstandingPrincipalFen());
        assertEquals(Money.ofYuan("100000"), order.principalPaid());
        assertEquals(Money.ofYuan("60"), order.interestPaid());
        assertFalse(order.overdueOn(late.plusDays(1)), "a settled order is never overdue");
        assertEquals(
                "recovery.alreadySettled",
                assertThrows(DomainException.class, () -> order.pay(paid, late, Money.ofYuan("1"), "demo.reviewer", T))
                        .messageKey());
    }

    @Test
    void overdueIsReadOffTheDateAndLeadsToARecordOnlyWithTheProgramsPeriod() {
        RecoveryOrder order = order("1000", "1000", 36);
        assertFalse(order.overdueOn(DUE), "the due date itself is in time");
        assertTrue(order.overdueOn(DUE.plusDays(1)));
        assertEquals(
                "recovery.notOverdue",
                assertThrows(DomainException.class, () -> order.creditMonthsFor(DUE))
                        .messageKey());
        assertEquals(36, order.creditMonthsFor(DUE.plusDays(1)));

        RecoveryOrder noPeriod = order("1000", "1000", null);
        assertEquals(
                "recovery.noCreditPeriod",
                assertThrows(DomainException.class, () -> noPeriod.creditMonthsFor(DUE.plusDays(1)))
                        .messageKey());
    }

    @Test
    void aPaymentNeedsADayAndAPositiveAmount() {
        RecoveryOrder order = order("1000", "1000", 36);
        List<RecoveryPayment> none = List.of();
        assertEquals(
                "recovery.paidOnRequired",
                assertThrows(DomainException.class, () -> order.pay(none, null, Money.ofYuan("1"), "r", T))
                        .messageKey());
        assertEquals(
                "recovery.paymentPositive",
                assertThrows(DomainException.class, () -> order.pay(none, DUE, Money.ZERO, "r", T))
                        .messageKey());
    }
}
