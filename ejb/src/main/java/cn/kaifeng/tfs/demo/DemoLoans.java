package cn.kaifeng.tfs.demo;

import cn.kaifeng.tfs.bank.service.Caller;
import cn.kaifeng.tfs.riskpool.service.ClaimService;
import cn.kaifeng.tfs.riskpool.service.LoanEventService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The demo year's loans after their reports (issue 29): the demo bank draws each loan the day after granting it and
 * reports a plan of four quarterly instalments, then each instalment repaid on its day with a quarter's interest on
 * what was outstanding, through the same services the bank's API calls. One loan goes bad instead: its first
 * instalment is missed, it is reported 30 and then 91 days past due (non-performing), defaulted ten days later, and
 * the bank claims the pool's share of the loss (代偿), which waits for the bureau's reviewers. Only what falls before
 * the year's "now" happens; the rest of each plan is still to come.
 */
@ApplicationScoped
public class DemoLoans {

    /** The demo's annual interest rate, 4.35 %: a quarter's interest is outstanding × 4.35 % ÷ 4. */
    static final BigDecimal ANNUAL_RATE = new BigDecimal("0.0435");

    static final int INSTALMENTS = 4;

    @Inject
    private LoanEventService events;

    @Inject
    private ClaimService claims;

    /** One loan's story: schedules its events on the year's steps, each only if its day is before today. */
    private final class Life {
        final DemoAfterAward.Steps steps;
        final Supplier<Caller> bank;
        final LongSupplier loanId;
        final LocalDate today;

        Life(DemoAfterAward.Steps steps, Supplier<Caller> bank, LongSupplier loanId, LocalDate today) {
            this.steps = steps;
            this.bank = bank;
            this.loanId = loanId;
            this.today = today;
        }

        void event(String what, LoanEventService.Request request) {
            at(request.on(), LocalTime.of(10, 0), "loan " + what, () -> {
                long id = loanId.getAsLong();
                events.report(bank.get(), id, request, "demo-loan-" + id + "-" + what.replace(' ', '-'));
            });
        }

        void at(LocalDate on, LocalTime time, String what, Runnable action) {
            if (on.isBefore(today)) {
                steps.at(on.atTime(time).atZone(DemoAfterAward.BEIJING).toInstant(), what, action);
            }
        }
    }

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
        Life life =
                new Life(steps, bank, loanId, now.atZone(DemoAfterAward.BEIJING).toLocalDate());
        long amountFen = amount.movePointRight(2).longValueExact();
        List<LocalDate> due = new ArrayList<>();
        List<Long> principal = new ArrayList<>();
        List<LoanEventService.PlanLine> plan = new ArrayList<>();
        for (int i = 1; i <= INSTALMENTS; i++) {
            long part = amountFen / INSTALMENTS;
            if (i == INSTALMENTS) {
                part = amountFen - part * (INSTALMENTS - 1);
            }
            LocalDate day = granted.plusMonths(3L * i);
            due.add(day);
            principal.add(part);
            plan.add(new LoanEventService.PlanLine(day, yuan(part)));
        }
        LocalDate drawn = granted.plusDays(1);
        life.event("drawdown", new LoanEventService.Request("DRAWDOWN", drawn, amount, null, null, null));
        life.event("repayment plan", new LoanEventService.Request("REPAYMENT_PLAN", drawn, null, null, null, plan));
        if (goesBad) {
            LocalDate missed = due.get(0);
            for (int days : new int[] {30, 91}) {
                LocalDate on = missed.plusDays(days);
                life.event("past due " + days, new LoanEventService.Request("PAST_DUE", on, null, null, days, null));
            }
            LocalDate defaulted = missed.plusDays(101);
            life.event("default", new LoanEventService.Request("DEFAULT", defaulted, null, null, null, null));
            // five days later the bank claims the pool's share with its collection record; the bureau has it to review
            life.at(defaulted.plusDays(5), LocalTime.of(11, 0), "claim", () -> {
                long id = loanId.getAsLong();
                ClaimService.Evidence record = new ClaimService.Evidence(
                        "催收记录（演示）.pdf", Base64.getEncoder().encodeToString(DemoYear.samplePdf()));
                claims.submit(bank.get(), id, new ClaimService.Request(List.of(record)), "demo-claim-" + id);
            });
            return;
        }
        long outstanding = amountFen;
        for (int i = 0; i < INSTALMENTS; i++) {
            LoanEventService.Request repaid = new LoanEventService.Request(
                    "REPAYMENT", due.get(i), yuan(principal.get(i)), yuan(quarterInterest(outstanding)), null, null);
            life.event("repayment " + (i + 1), repaid);
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

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
