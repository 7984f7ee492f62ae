package cn.kaifeng.tfs.agreement.domain;

import cn.kaifeng.tfs.program.domain.IndicatorCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * A performance indicator of an agreement, copied from the program's template when the agreement is drafted (so a
 * later program version changes no agreement), with the target the applicant proposed (null until then).
 */
@Embeddable
public class Indicator {

    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private IndicatorCategory category;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Column(name = "unit_zh", nullable = false, length = 40)
    private String unitZh;

    @Column(name = "unit_en", length = 40)
    private String unitEn;

    @Column(name = "higher_better", nullable = false)
    private boolean higherBetter;

    @Column(precision = 18, scale = 4)
    private BigDecimal target;

    protected Indicator() {
        // for JPA
    }

    public Indicator(
            String code,
            IndicatorCategory category,
            String nameZh,
            String nameEn,
            String unitZh,
            String unitEn,
            boolean higherBetter) {
        this.code = code;
        this.category = category;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unitZh = unitZh;
        this.unitEn = unitEn;
        this.higherBetter = higherBetter;
    }

    void target(BigDecimal value) {
        this.target = value;
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

    public String nameEn() {
        return nameEn;
    }

    public String unitZh() {
        return unitZh;
    }

    public String unitEn() {
        return unitEn;
    }

    public boolean higherBetter() {
        return higherBetter;
    }

    public BigDecimal target() {
        return target;
    }
}
