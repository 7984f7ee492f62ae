package cn.kaifeng.tfs.recovery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Interest on a late recovery, to the fen: simple interest per day after the due date on the principal unpaid,
 * actual/365, summed exactly and rounded half up once; payments settle interest first, then principal, and never
 * more than is owed.
 */
class DebtTest {

    private static Debt debt(long principalFen, String rate, String due, List<Debt.Repayment> repayments) {
        return new Debt(principalFen, LocalDate.parse(due), new BigDecimal(rate), repayments);
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(
            delimiter = '|',
            value = {
                "10000000|0.0365|2026-01-31|2026-01-31|0|paid on the due date: no interest",
                "10000000|0.0365|2026-01-31|2026-01-20|0|before the due date: no interest",
                "10000000|0.0365|2026-01-31|2026-02-01|1000|one day late: 100,000.00 × 3.65 % / 365 = 10.00",
                "10000000|0.0365|2026-01-31|2026-03-02|30000|30 days late (February has 28 in 2026)",
                "10000000|0.0365|2028-02-28|2028-03-01|2000|over a 29 February: two days",
                "10000000|0|2026-01-31|2027-01-31|0|a program without interest charges none however late",
                "10000000|0.03|2026-01-31|2027-01-31|300000|a whole year at 3 %: exactly 3 % of the principal",
                "12345|0.03|2026-01-31|2026-02-01|1|1.01465 fen rounds down to 1",
                "12345|0.03|2026-01-31|2026-02-07|7|7.1026 fen after a week",
                "18250|0.01|2026-01-31|2026-02-01|1|exactly half a fen rounds up (四舍五入)",
                "18249|0.01|2026-01-31|2026-02-01|0|just under half a fen rounds down",
                "99999999999|0.24|2026-01-31|2036-01-31|240131506847|ten years (3,652 days) at the highest rate, no overflow",
            })
    void interestIsExactToTheFen(long principal, String rate, String due, String day, long interest, String what) {
        Debt.Standing owed = debt(principal, rate, due, List.of()).on(LocalDate.parse(day));
        assertEquals(interest, owed.interestFen(), what);
        assertEquals(principal, owed.principalFen(), what);
    }

    @Test
    void aPaymentSettlesInterestFirstAndLaterInterestRunsOnWhatIsLeft() {
        List<Debt.Repayment> paid = new ArrayList<>();
        Debt first = debt(10000000, "0.0365", "2026-01-31", paid);
        // ten days late: 100.00 of interest; a payment of 5,000.00 pays it and 4,900.00 of principal
        Debt.Split split = first.split(LocalDate.parse("2026-02-10"), 500000);
        assertEquals(new Debt.Split(10000, 490000), split);
        paid.add(new Debt.Repayment(LocalDate.parse("2026-02-10"), 500000));

        Debt second = debt(10000000, "0.0365", "2026-01-31", paid);
        Debt.Standing owed = second.on(LocalDate.parse("2026-02-20"));
        assertEquals(9510000, owed.principalFen());
        assertEquals(9510, owed.interestFen(), "ten more days on 95,100.00 only");
        assertEquals(19510, owed.interestChargedFen());

        DomainException above =
                assertThrows(DomainException.class, () -> second.split(LocalDate.parse("2026-02-20"), 9519511));
        assertEquals("recovery.paymentAboveOwed", above.messageKey());
        assertEquals("95195.10", above.arguments()[1], "the message names what is owed");

        assertEquals(new Debt.Split(9510, 9510000), second.split(LocalDate.parse("2026-02-20"), 9519510));
        paid.add(new Debt.Repayment(LocalDate.parse("2026-02-20"), 9519510));
        Debt settled = debt(10000000, "0.0365", "2026-01-31", paid);
        assertTrue(settled.on(LocalDate.parse("2027-02-20")).settled(), "nothing owed accrues nothing");
        assertEquals(
                "recovery.nothingOwed",
                assertThrows(DomainException.class, () -> settled.split(LocalDate.parse("2026-03-01"), 1))
                        .messageKey());
    }

    @Test
    void aPaymentSmallerThanTheInterestPaysOnlyInterest() {
        Debt late = debt(10000000, "0.0365", "2026-01-31", List.of());
        assertEquals(new Debt.Split(700, 0), late.split(LocalDate.parse("2026-02-10"), 700));
        Debt after =
                debt(10000000, "0.0365", "2026-01-31", List.of(new Debt.Repayment(LocalDate.parse("2026-02-10"), 700)));
        Debt.Standing owed = after.on(LocalDate.parse("2026-02-10"));
        assertEquals(10000000, owed.principalFen());
        assertEquals(9300, owed.interestFen());
    }

    @Test
    void manySmallPaymentsLoseAndMakeUpNothing() {
        // 10,000.00 at 3.65 %: 1.00 of interest a day; thirty daily payments of 1.50 pay each day's interest and
        // 0.50 of principal, so the interest shrinks a little every day and is summed exactly, not rounded daily
        List<Debt.Repayment> paid = new ArrayList<>();
        for (int d = 1; d <= 30; d++) {
            paid.add(new Debt.Repayment(LocalDate.parse("2026-01-31").plusDays(d), 150));
        }
        Debt debt = debt(1000000, "0.0365", "2026-01-31", paid);
        Debt.Standing owed = debt.on(LocalDate.parse("2026-03-02"));
        long paidFen = 30 * 150;
        assertEquals(
                1000000 + owed.interestChargedFen() - paidFen, owed.totalFen(), "paid + owed = principal + interest");
        assertEquals(0, owed.interestFen(), "each payment settled the interest up to its day");
        // Σ over days 1..30 of (1,000,000 − 50 × (d − 1)) × 0.0001 fen = 3000 − 2.175 = 2997.825, rounded once: 2998
        assertEquals(2998, owed.interestChargedFen());
        assertEquals(1000000 - (paidFen - 2998), owed.principalFen());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0|recovery.paymentPositive|a payment of nothing",
                "-100|recovery.paymentPositive|a negative payment",
                "10000001|recovery.paymentAboveOwed|a fen above what is owed on the due date",
            })
    void whatCannotBePaidIsRefused(long fen, String key, String what) {
        Debt debt = debt(10000000, "0.0365", "2026-01-31", List.of());
        assertEquals(
                key,
                assertThrows(DomainException.class, () -> debt.split(LocalDate.parse("2026-01-31"), fen))
                        .messageKey(),
                what);
    }

    @Test
    void aPaymentDatedBeforeTheLastOneIsRefused() {
        Debt debt =
                debt(10000000, "0.0365", "2026-01-31", List.of(new Debt.Repayment(LocalDate.parse("2026-02-10"), 100)));
        assertEquals(
                "recovery.paymentBeforeLast",
                assertThrows(DomainException.class, () -> debt.split(LocalDate.parse("2026-02-09"), 100))
                        .messageKey());
    }
}
