package cn.kaifeng.tfs.demo;

import cn.kaifeng.tfs.bank.service.Caller;
import cn.kaifeng.tfs.riskpool.service.LoanEventService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The demo year's loans after their reports (issue 29): the demo bank draws each loan the day after granting it and
 * reports a plan of four quarterly instalments, then each instalment repaid on its day with a quarter's interest on
 * what was outstanding, through the same service the bank's API calls. One loan goes bad instead: its first
 * instalment is missed, it is reported 30 and then 91 days past due (non-performing), and defaulted ten days later.
 * Only what falls before the year's "now" happens; the rest of each plan is still to come.
 */
@ApplicationScoped
public class DemoLoans {

    /** The demo's annual interest rate, 4.35 %: a quarter's interest is outstanding × 4.35 % ÷ 4. */
    static final BigDecimal ANNUAL_RATE = new BigDecimal("0.0435");

    static final int INSTALMENTS = 4;

    @Inject
    private LoanEventService events;

    /**
     * Plans a reported loan's life.
     *
     * @param loanId the loan's id, known once its report step has run
     * @param goesBad whether this is the year's bad loan
     */
    void afterReport(
            DemoAfterAward.Steps steps,
            Supplier<Caller> bank,
            LongSupplier loanId,
            LocalDate granted,
            BigDecimal amount,
            Instant now,
            boolean goesBad) {
        long amountFen = amount.movePointRight(2).longValueExact();
        LocalDate today = now.atZone(DemoAfterAward.BEIJING).toLocalDate();
        List<LocalDate> due = new ArrayList<>();
        List<Long> principal = new ArrayList<>();
        List<LoanEventService.PlanLine> plan = new ArrayList<>();
        for (int i = 1; i <= INSTALMENTS; i++) {
            long part = i < INSTALMENTS
                    ? amountFen / INSTALMENTS
                    : amountFen - (amountFen / INSTALMENTS) * (INSTALMENTS - 1);
            LocalDate day = granted.plusMonths(3L * i);
            due.add(day);
            principal.add(part);
            plan.add(new LoanEventService.PlanLine(day, yuan(part)));
        }
        LocalDate drawn = granted.plusDays(1);
        event(
                steps,
                bank,
                loanId,
                today,
                drawn,
                "drawdown",
                new LoanEventService.Request("DRAWDOWN", drawn, amount, null, null, null));
        event(
                steps,
                bank,
                loanId,
                today,
                drawn,
                "repayment plan",
                new LoanEventService.Request("REPAYMENT_PLAN", drawn, null, null, null, List.copyOf(plan)));
        if (goesBad) {
            LocalDate missed = due.get(0);
            for (int days : new int[] {30, 91}) {
                LocalDate on = missed.plusDays(days);
                event(
                        steps,
                        bank,
                        loanId,
                        today,
                        on,
                        "past due " + days,
                        new LoanEventService.Request("PAST_DUE", on, null, null, days, null));
            }
            LocalDate defaulted = missed.plusDays(101);
            event(
                    steps,
                    bank,
                    loanId,
                    today,
                    defaulted,
                    "default",
                    new LoanEventService.Request("DEFAULT", defaulted, null, null, null, null));
            return;
        }
        long outstanding = amountFen;
        for (int i = 0; i < INSTALMENTS; i++) {
            long interest = quarterInterest(outstanding);
            event(
                    steps,
                    bank,
                    loanId,
                    today,
                    due.get(i),
                    "repayment " + (i + 1),
                    new LoanEventService.Request(
                            "REPAYMENT", due.get(i), yuan(principal.get(i)), yuan(interest), null, null));
            outstanding -= principal.get(i);
        }
    }

    /** A quarter's interest on what is outstanding, to the fen (half up). */
    static long quarterInterest(long outstandingFen) {
        return BigDecimal.valueOf(outstandingFen)
                .multiply(ANNUAL_RATE)
                .divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private void event(
            DemoAfterAward.Steps steps,
            Supplier<Caller> bank,
            LongSupplier loanId,
            LocalDate now,
            LocalDate on,
            String what,
            LoanEventService.Request request) {
        if (!on.isBefore(now)) {
            return; // still to come
        }
        Instant at =
                on.atTime(LocalTime.of(10, 0)).atZone(DemoAfterAward.BEIJING).toInstant();
        steps.at(at, "loan " + what, () -> {
            long id = loanId.getAsLong();
            events.report(bank.get(), id, request, "demo-loan-" + id + "-" + what.replace(' ', '-'));
        });
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
