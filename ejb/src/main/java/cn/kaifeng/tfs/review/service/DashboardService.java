package cn.kaifeng.tfs.review.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the programs are used, at a glance for the bureau: applications per program and status, approved amounts per
 * program and per district, the score distribution, and how long a decision takes. Aggregated in the database
 * where it can be; the score histogram and durations are folded from one column each.
 */
@ApplicationScoped
@Transactional
public class DashboardService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    /** One count: program code, status, number of applications. */
    public record Count(String programCode, ApplicationStatus status, long applications) {}

    public List<Count> countsByProgramAndStatus(String reviewer) {
        applications.requireRole(reviewer, Role.REVIEWER);
        return em.createQuery(
                        "SELECT a.programCode, a.status, COUNT(a) FROM Application a WHERE a.number IS NOT NULL"
                                + " GROUP BY a.programCode, a.status ORDER BY a.programCode, a.status",
                        Object[].class)
                .getResultStream()
                .map(r -> new Count((String) r[0], (ApplicationStatus) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    /** Approved yuan per program code. */
    public Map<String, BigDecimal> approvedByProgram(String reviewer) {
        return approvedBy(reviewer, "a.programCode");
    }

    /** Approved yuan per district code (applications without one under "UNKNOWN"). */
    public Map<String, BigDecimal> approvedByDistrict(String reviewer) {
        return approvedBy(reviewer, "a.district");
    }

    private Map<String, BigDecimal> approvedBy(String reviewer, String key) {
        applications.requireRole(reviewer, Role.REVIEWER);
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        // approved: decided so and waiting for the letter, or with an approval letter issued (a rejection's letter
        // moves an application to "letter issued" too, and an amount may linger from a declined approval)
        em.createQuery(
                        "SELECT " + key
                                + ", SUM(a.decision.decidedAmount) FROM Application a WHERE a.decision.decidedAmount IS NOT NULL"
                                + " AND (a.status = :approved OR (a.status = :issued AND EXISTS (SELECT l.id FROM"
                                + " Letter l WHERE l.applicationId = a.id AND l.kind = :approval)))"
                                + " GROUP BY " + key + " ORDER BY " + key,
                        Object[].class)
                .setParameter("approved", ApplicationStatus.APPROVED)
                .setParameter("issued", ApplicationStatus.LETTER_ISSUED)
                .setParameter("approval", cn.kaifeng.tfs.letter.domain.LetterKind.APPROVAL)
                .getResultStream()
                .filter(r -> r[1] != null)
                .forEach(r -> sums.put(
                        r[0] == null ? "UNKNOWN" : r[0].toString(),
                        r[1] instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(r[1]))));
        return sums;
    }

    /** How many scored applications fall in each band of ten points: "0–9" ... "90–100". */
    public Map<Integer, Long> scoreDistribution(String reviewer) {
        applications.requireRole(reviewer, Role.REVIEWER);
        Map<Integer, Long> bands = new TreeMap<>();
        for (int band = 0; band <= 90; band += 10) {
            bands.put(band, 0L);
        }
        em.createQuery(
                        "SELECT a.results.total FROM Application a WHERE a.number IS NOT NULL AND a.results.total IS NOT NULL",
                        BigDecimal.class)
                .getResultStream()
                .forEach(total -> bands.merge(Math.min(90, Math.max(0, total.intValue() / 10 * 10)), 1L, Long::sum));
        return bands;
    }

    /** Average days from submission to decision per program, over the decided applications. */
    public Map<String, BigDecimal> averageDaysToDecision(String reviewer) {
        applications.requireRole(reviewer, Role.REVIEWER);
        Map<String, long[]> sums = new TreeMap<>();
        em.createQuery(
                        "SELECT a.programCode, a.submittedAt, a.decision.decidedAt FROM Application a"
                                + " WHERE a.decision.decidedAt IS NOT NULL AND a.submittedAt IS NOT NULL",
                        Object[].class)
                .getResultStream()
                .forEach(r -> {
                    long seconds =
                            Duration.between((Instant) r[1], (Instant) r[2]).toSeconds();
                    long[] sum = sums.computeIfAbsent((String) r[0], k -> new long[2]);
                    sum[0] += seconds;
                    sum[1]++;
                });
        Map<String, BigDecimal> days = new LinkedHashMap<>();
        sums.forEach((program, sum) -> days.put(
                program,
                BigDecimal.valueOf(sum[0])
                        .divide(BigDecimal.valueOf(86_400L * sum[1]), 1, java.math.RoundingMode.HALF_UP)));
        return days;
    }
}
