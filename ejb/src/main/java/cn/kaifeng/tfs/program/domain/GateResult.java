package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;

/** One eligibility gate as checked: passed or not, and the reason the applicant reads when it failed. */
public record GateResult(String code, LocalizedText name, PolicySource source, boolean passed, LocalizedText failReason)
        implements Serializable {}
