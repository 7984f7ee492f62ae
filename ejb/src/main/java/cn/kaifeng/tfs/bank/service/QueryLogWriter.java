package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.bank.domain.BankQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One transaction for a batch of queries: count them against their callers' minute windows, then store them, the
 * ones over a limit with the result {@value #RATE_LIMITED} instead of their answer's.
 */
@ApplicationScoped
public class QueryLogWriter {

    public static final String RATE_LIMITED = "RATE_LIMITED";

    @PersistenceContext
    private EntityManager em;

    @Transactional
    public List<QueryLog.Admission> write(List<QueryLog.Entry> batch, Instant now) {
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        long retryAfter = Math.max(
                1, Duration.between(now, window.plus(1, ChronoUnit.MINUTES)).toSeconds());
        Map<String, List<Integer>> byCaller = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            byCaller.computeIfAbsent(batch.get(i).caller().name(), k -> new ArrayList<>())
                    .add(i);
        }
        QueryLog.Admission[] admissions = new QueryLog.Admission[batch.size()];
        for (Map.Entry<String, List<Integer>> caller : byCaller.entrySet()) {
            List<Integer> positions = caller.getValue();
            int usedBefore = count(caller.getKey(), window, positions.size());
            int limit = batch.get(positions.get(0)).caller().perMinute();
            int allowed = Math.max(0, Math.min(positions.size(), limit - usedBefore));
            for (int k = 0; k < positions.size(); k++) {
                admissions[positions.get(k)] =
                        k < allowed ? new QueryLog.Admission(true, 0) : new QueryLog.Admission(false, retryAfter);
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            QueryLog.Entry e = batch.get(i);
            em.persist(new BankQuery(
                    e.caller().bankId(),
                    e.caller().name(),
                    e.caller().channel(),
                    e.subject(),
                    e.askedAbout(),
                    e.purpose(),
                    admissions[i].admitted() ? e.result() : RATE_LIMITED,
                    e.at()));
        }
        em.flush();
        return List.of(admissions);
    }

    /**
     * Adds {@code n} requests to the caller's window and returns how many it had before. The row is created if
     * missing (another node may create it at the same moment: DO NOTHING, then both update it, one after the other).
     */
    private int count(String caller, Instant window, int n) {
        em.createNativeQuery("INSERT INTO bank_rate_window (caller, window_start, used) VALUES (?1, ?2, 0)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, caller)
                .setParameter(2, window)
                .executeUpdate();
        em.createNativeQuery("UPDATE bank_rate_window SET used = used + ?1 WHERE caller = ?2 AND window_start = ?3")
                .setParameter(1, n)
                .setParameter(2, caller)
                .setParameter(3, window)
                .executeUpdate();
        Number used = (Number)
                em.createNativeQuery("SELECT used FROM bank_rate_window WHERE caller = ?1 AND window_start = ?2")
                        .setParameter(1, caller)
                        .setParameter(2, window)
                        .getSingleResult();
        return used.intValue() - n;
    }

    /** Windows older than an hour are of no further use. */
    @Transactional
    public int forgetOldWindows(Instant now) {
        return em.createNativeQuery("DELETE FROM bank_rate_window WHERE window_start < ?1")
                .setParameter(1, now.minus(1, ChronoUnit.HOURS))
                .executeUpdate();
    }
}
