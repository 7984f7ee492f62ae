package cn.kaifeng.tfs.program.domain;

import cn.kaifeng.tfs.program.expression.Expression;
import cn.kaifeng.tfs.shared.domain.Money;

/**
 * 扶持金额: a formula over the application's facts (and {@code total}, the score) giving yuan, capped.
 * The description says the formula in words for letters and the applicant.
 */
public record AwardRule(Expression formula, Money cap, LocalizedText description, PolicySource source) {}
