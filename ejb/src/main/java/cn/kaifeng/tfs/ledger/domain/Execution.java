package cn.kaifeng.tfs.ledger.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 预算执行 of one program's budget year, its rounds' books added up: the budget, what is committed and not yet paid,
 * what is paid and not recovered, what was recovered, and the rate of execution (预算执行率): paid over budget, in
 * percent with two decimals (四舍五入); none while the budget is zero.
 */
public record Execution(String programCode, int year, Money budget, Money committed, Money paid, Money recovered) {

    /** One execution per program, in the order of the books (sorted by program by the caller). */
    public static List<Execution> of(Collection<Book> books) {
        Map<String, List<Book>> byProgram = new LinkedHashMap<>();
        for (Book b : books) {
            byProgram
                    .computeIfAbsent(b.programCode() + "\u0000" + b.budgetYear(), k -> new ArrayList<>())
                    .add(b);
        }
        List<Execution> executions = new ArrayList<>();
        for (List<Book> same : byProgram.values()) {
            Book first = same.get(0);
            executions.add(new Execution(
                    first.programCode(),
                    first.budgetYear(),
                    sum(same, Account.BUDGET),
                    sum(same, Account.COMMITTED),
                    sum(same, Account.PAID),
                    sum(same, Account.RECOVERED)));
        }
        return executions;
    }

    private static Money sum(List<Book> books, Account account) {
        long fen = 0;
        for (Book b : books) {
            fen = Math.addExact(fen, Math.abs(b.balanceOf(account)));
        }
        return Money.ofFen(fen);
    }

    /** What is left to commit (zero rather than less, for a book taken over overdrawn). */
    public Money available() {
        return budget.less(committed.plus(paid).plus(recovered));
    }

    /** 预算执行率 in percent, scale 2; null while there is no budget to divide by. */
    public BigDecimal rate() {
        if (budget.isZero()) {
            return null;
        }
        return paid.yuan().multiply(BigDecimal.valueOf(100)).divide(budget.yuan(), 2, RoundingMode.HALF_UP);
    }
}
