package cn.kaifeng.tfs.program.domain;

import cn.kaifeng.tfs.program.expression.Expression;
import cn.kaifeng.tfs.shared.domain.Money;

/**
 * 扶持金额: a formula over the application's facts (and {@code total}, the score) giving yuan, capped.
 * The description says the formula in words for letters and the applicant. {@code validMonths} is how long an
 * approval stands for banks, from the day its letter is issued (default {@value #DEFAULT_VALID_MONTHS}), with the
 * source of that period ({@code validMonthsSource}, null when the file gives none). {@code cap} bounds one
 * application's award; {@code capPerYear} (optional) what one organisation gets from the program in a budget year
 * across all its applications (每家每年).
 */
public record AwardRule(
        Expression formula,
        Money cap,
        LocalizedText description,
        PolicySource source,
        int validMonths,
        PolicySource validMonthsSource,
        Money capPerYear) {

    public AwardRule(Expression formula, Money cap, LocalizedText description, PolicySource source, int validMonths) {
        this(formula, cap, description, source, validMonths, null, null);
    }

    public static final int DEFAULT_VALID_MONTHS = 12;
    public static final int MAX_VALID_MONTHS = 120;
}
