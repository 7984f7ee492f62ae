package cn.kaifeng.tfs.acceptance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The value the applicant reports as achieved for one indicator of its agreement, in the indicator's unit. */
@Embeddable
public class AchievedValue {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, precision = 18, scale = 4)
    private BigDecimal achieved;

    protected AchievedValue() {
        // for JPA
    }

    AchievedValue(String code, BigDecimal achieved) {
        this.code = code;
        this.achieved = achieved;
    }

    public String code() {
        return code;
    }

    public BigDecimal achieved() {
        return achieved;
    }
}
