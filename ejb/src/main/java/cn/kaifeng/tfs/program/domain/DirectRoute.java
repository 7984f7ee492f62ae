package cn.kaifeng.tfs.program.domain;

import cn.kaifeng.tfs.program.expression.Expression;

/**
 * A direct-qualification route (直接认定): when its condition holds, the application passes without reaching the
 * score threshold. Gates still apply.
 */
public record DirectRoute(String code, LocalizedText name, PolicySource source, Expression condition) {}
