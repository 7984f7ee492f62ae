package cn.kaifeng.tfs.agreement.domain;

import cn.kaifeng.tfs.program.domain.TrancheCondition;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * A tranche of an agreement: its share and exact amount, its condition, and when and by whom the condition came to
 * hold (null while it waits). The amounts of an agreement's tranches add up to its award ({@link TrancheSplit}).
 */
@Embeddable
public class Tranche {

    @Column(name = "share_percent", nullable = false)
    private int sharePercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_condition", nullable = false, length = 24)
    private TrancheCondition condition;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "due_by", length = 32)
    private String dueBy;

    protected Tranche() {
        // for JPA
    }

    public Tranche(int sharePercent, TrancheCondition condition, long amountFen) {
        this.sharePercent = sharePercent;
        this.condition = condition;
        this.amountFen = amountFen;
    }

    void fallDue(String actor, Instant at) {
        this.dueAt = at;
        this.dueBy = actor;
    }

    public int sharePercent() {
        return sharePercent;
    }

    public TrancheCondition condition() {
        return condition;
    }

    public long amountFen() {
        return amountFen;
    }

    public boolean due() {
        return dueAt != null;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String dueBy() {
        return dueBy;
    }
}
