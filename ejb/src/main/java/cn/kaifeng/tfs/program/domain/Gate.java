package cn.kaifeng.tfs.program.domain;

import cn.kaifeng.tfs.program.expression.Expression;

/** A hard eligibility condition (资格条件): failing one makes the application ineligible, whatever it scores. */
public record Gate(
        String code, LocalizedText name, PolicySource source, Expression condition, LocalizedText failReason) {}
