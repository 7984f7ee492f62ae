package cn.kaifeng.tfs.program.domain;

import cn.kaifeng.tfs.program.expression.Expression;

/** A value computed from the form (a ratio, a sum, a growth rate) that gates and criteria can use by its code. */
public record DerivedValue(String code, LocalizedText label, Expression expression) {}
