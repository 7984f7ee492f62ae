package cn.kaifeng.tfs.budget.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * 预算执行 of one program's budget year in one district: what the ledger holds for the awards of organisations of that
 * district (committed and not yet paid, paid and not recovered, recovered), beside the program's budget for the
 * year. Budgets are set per program, not per district, so {@code budget} is the program's whole budget and the rate
 * (预算执行率: paid over budget, in percent, two decimals, 四舍五入) says how much of the program's budget went to
 * this district; the rates of a program's districts add up to the program's rate (up to rounding). {@code district}
 * is null on the row of a program that has a budget but no award in the ledger yet.
 */
public record DistrictExecution(
        String programCode, int year, String district, Money budget, Money committed, Money paid, Money recovered) {

    public DistrictExecution {
        Objects.requireNonNull(programCode, "programCode");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(committed, "committed");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(recovered, "recovered");
    }

    /** 预算执行率 in percent, scale 2; null while there is no budget to divide by. */
    public BigDecimal rate() {
        return rate(paid, budget);
    }

    /** Paid over budget in percent, scale 2, half up; null for a zero budget. */
    public static BigDecimal rate(Money paid, Money budget) {
        if (budget.isZero()) {
            return null;
        }
        return paid.yuan().multiply(BigDecimal.valueOf(100)).divide(budget.yuan(), 2, RoundingMode.HALF_UP);
    }
}
