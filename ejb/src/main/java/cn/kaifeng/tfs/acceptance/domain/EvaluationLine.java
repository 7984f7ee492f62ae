package cn.kaifeng.tfs.acceptance.domain;

import cn.kaifeng.tfs.program.domain.IndicatorCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One indicator of a performance evaluation, kept as it was evaluated: target, value achieved and score. */
@Embeddable
public class EvaluationLine {

    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private IndicatorCategory category;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "higher_better", nullable = false)
    private boolean higherBetter;

    @Column(nullable = false, precision = 18, scale = 4)
    private BigDecimal target;

    @Column(nullable = false, precision = 18, scale = 4)
    private BigDecimal achieved;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal score;

    protected EvaluationLine() {
        // for JPA
    }

    public EvaluationLine(PerformanceScore.Line line, String nameZh, BigDecimal score) {
        this.code = line.code();
        this.category = line.category();
        this.nameZh = nameZh;
        this.higherBetter = line.higherBetter();
        this.target = line.target();
        this.achieved = line.achieved();
        this.score = score;
    }

    public String code() {
        return code;
    }

    public IndicatorCategory category() {
        return category;
    }

    public String nameZh() {
        return nameZh;
    }

    public boolean higherBetter() {
        return higherBetter;
    }

    public BigDecimal target() {
        return target;
    }

    public BigDecimal achieved() {
        return achieved;
    }

    public BigDecimal score() {
        return score;
    }
}
