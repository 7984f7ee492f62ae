package cn.kaifeng.tfs.riskpool.web;

import cn.kaifeng.tfs.riskpool.domain.LoanCoverage;
import cn.kaifeng.tfs.riskpool.domain.PoolStanding;
import cn.kaifeng.tfs.riskpool.domain.ReportedLoanEvent;
import cn.kaifeng.tfs.riskpool.service.PoolViewService;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;

/** The pool's figures and decisions in the reader's language, for the pool's pages (which say them through their own methods). */
@RequestScoped
public class PoolTexts {

    @Inject
    private Messages messages;

    /** Fen as yuan, for {@code programTexts.money}. */
    public BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** Covered, or refused with its reason and figures; "no pool" when no pool covers the loan's program. */
    public String coverage(Optional<LoanCoverage> coverage) {
        if (coverage.isEmpty()) {
            return messages.text("riskpool.view.noPool");
        }
        LoanCoverage c = coverage.get();
        if (c.covered()) {
            return messages.text("riskpool.covered");
        }
        return messages.text(
                "riskpool.refusal." + c.refusal().name(), c.refusalArguments().toArray());
    }

    /** Covered or not, without the reason: what the enterprise is told (a refusal may name the bank's figures). */
    public String coveredOrNot(Optional<LoanCoverage> coverage) {
        return messages.text(
                coverage.isEmpty()
                        ? "riskpool.view.noPool"
                        : coverage.get().covered() ? "riskpool.view.covered" : "riskpool.view.notCovered");
    }

    public String state(PoolViewService.LoanRow row) {
        return messages.text("riskpool.state." + row.life().state().name());
    }

    public String kind(ReportedLoanEvent event) {
        return messages.text("riskpool.kind." + event.kind().name());
    }

    /** What the event says beyond its kind and day: its amounts or its days past due. */
    public String detail(ReportedLoanEvent event) {
        return switch (event.kind()) {
            case DRAWDOWN, RECOVERY ->
                messages.text(
                        "riskpool.view.principal", yuan(event.principalFen()).toPlainString());
            case REPAYMENT ->
                messages.text(
                        "riskpool.view.repayment",
                        yuan(event.principalFen()).toPlainString(),
                        yuan(event.interestFen()).toPlainString());
            case PAST_DUE -> messages.text("riskpool.view.daysPastDue", event.daysPastDue());
            case REPAYMENT_PLAN ->
                messages.text(
                        "riskpool.view.plan",
                        ((cn.kaifeng.tfs.riskpool.domain.LoanEvent.RepaymentPlan) event.event())
                                .instalments()
                                .size());
            case DEFAULT, WRITE_OFF -> "";
        };
    }

    public String alert(PoolViewService.PoolRow pool, PoolStanding.Alert alert) {
        return alert.bank() == null
                ? messages.text(alert.messageKey(), alert.figure(), alert.limit())
                : messages.text(alert.messageKey(), pool.bankName(alert.bank()), alert.figure(), alert.limit());
    }
}
