package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/** 通过标准: a minimum total and, optionally, minimums for some sections (e.g. technology ≥ 25). */
public record PassRule(BigDecimal minTotal, Map<String, BigDecimal> sectionMinimums, PolicySource source)
        implements Serializable {}
