package cn.kaifeng.tfs.budget.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One bound on an award and why: the most this application may get under it ({@code allowed}), the other
 * applications it counts ({@code others}, named by number in every explanation) and the figures it was computed
 * from. {@link #reason()} says it in Chinese for the decision letter; {@link #messageKey()} and
 * {@link #arguments()} say it to the reviewer in their language.
 */
public record Limit(Kind kind, Money allowed, List<Granted> others, Money bound, String otherProgram) {

    public Limit {
        others = List.copyOf(others);
    }

    public enum Kind {
        /** The budget of the application's year and round, less what its approvals took. */
        BUDGET,
        /** The program's cap per organisation and year, less what the organisation's other applications hold. */
        YEARLY_CAP,
        /** 不重复享受, 就高: the higher award of the two programs, less what the other application holds. */
        HIGHER_OF_TWO,
        /** 不重复享受, first decided: nothing while the other application's support stands. */
        FIRST_DECIDED
    }

    public String messageKey() {
        return "award.limit." + kind.name();
    }

    /** The other applications' numbers, the sum they hold, the bound, what is allowed, and the other program. */
    public Object[] arguments() {
        return new Object[] {numbers(), figures(held()), figures(bound), figures(allowed), otherProgram};
    }

    public Money held() {
        return others.stream().map(Granted::committed).reduce(Money.ZERO, Money::plus);
    }

    public String numbers() {
        return others.stream().map(Granted::number).collect(Collectors.joining("、"));
    }

    /** The explanation as a decision letter states it (Chinese, the letters' language). */
    public String reason() {
        return switch (kind) {
            case BUDGET ->
                "本批次扶持资金预算" + figures(bound) + "元，已批准" + figures(held()) + "元，尚余" + figures(allowed) + "元，预算不足。";
            case YEARLY_CAP ->
                "本项目每家单位每年扶持金额最高" + figures(bound) + "元，你单位本年度已获（或拟获）本项目扶持" + figures(held()) + "元（申请编号" + numbers()
                        + "），本次核定不超过" + figures(allowed) + "元。";
            case HIGHER_OF_TWO ->
                "根据不重复享受、就高原则，本申请与" + otherProgram + "（申请编号" + numbers() + "，已获或拟获"
                        + figures(held()) + "元）不重复享受，两项合计不超过较高者" + figures(bound) + "元，本次核定不超过"
                        + figures(allowed) + "元。";
            case FIRST_DECIDED -> "根据不重复享受原则，你单位已获（或拟获）" + otherProgram + "扶持（申请编号" + numbers() + "），本申请不再重复支持。";
        };
    }

    /** 1,234,567.89: how the explanations write an amount. */
    public static String figuresOf(Money money) {
        return figures(money);
    }

    static String figures(Money money) {
        if (money == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        // DecimalFormat formats a BigDecimal exactly: no detour through double
        return format.format(money.yuan());
    }
}
