package cn.kaifeng.tfs.casefile.domain;

import cn.kaifeng.tfs.program.domain.Outcome;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * The assessment's part of the case: the results recorded at submission, replaced only when the panel concludes or
 * a reviewer re-scores under another program version. Never changed piece by piece, so a record.
 *
 * @param criterionPoints the points per criterion (JSON), as the assessment computed them
 */
@Embeddable
public record Results(
        @Column(precision = 7, scale = 2) BigDecimal total,
        @Enumerated(EnumType.STRING) @Column(length = 20) Outcome outcome,
        @Column(precision = 15, scale = 2) Money award,
        @Column(name = "criterion_points", length = 20_000) String criterionPoints) {}
