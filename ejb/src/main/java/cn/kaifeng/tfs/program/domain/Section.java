package cn.kaifeng.tfs.program.domain;

import java.math.BigDecimal;
import java.util.List;

/** A group of criteria with its own maximum (the cap that bonus items cannot break). */
public record Section(String code, LocalizedText name, BigDecimal max, List<Criterion> criteria) {}
