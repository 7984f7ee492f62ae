package cn.kaifeng.tfs.budget.domain;

import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A passed application waiting for its decision, as the ranking sees it: its points (total, per section and per
 * criterion, for the tie rules), when it was submitted, and the amount it would take from the budget (the amount
 * proposed, once there is one, else the award rule's).
 */
public record Candidate(
        long id,
        String number,
        String organisation,
        ApplicationStatus status,
        BigDecimal total,
        Map<String, BigDecimal> sectionPoints,
        Map<String, BigDecimal> criterionPoints,
        Instant submittedAt,
        Money amount) {

    public Candidate {
        Objects.requireNonNull(number);
        Objects.requireNonNull(submittedAt);
        total = total == null ? BigDecimal.ZERO : total;
        sectionPoints = Map.copyOf(sectionPoints);
        criterionPoints = Map.copyOf(criterionPoints);
        amount = amount == null ? Money.ZERO : amount;
    }

    BigDecimal section(String code) {
        return sectionPoints.getOrDefault(code, BigDecimal.ZERO);
    }

    BigDecimal criterion(String code) {
        return criterionPoints.getOrDefault(code, BigDecimal.ZERO);
    }
}
