package cn.kaifeng.tfs.bank.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * Records a batch of queries: admits them within their callers' minute windows (claiming quota from the shared
 * counter when this node's lease of it runs out: {@link RateLeases}), then stores them all with one statement, the
 * ones over a limit with the result {@value #RATE_LIMITED} instead of their answer's.
 *
 * <p>Plain JDBC in autocommit: the query log's single writer thread does this for every bank query of the node, so
 * it must cost little per query. Through JPA, persisting and flushing each entity made the writer the bottleneck of
 * the whole API. The batch's rows go in as one INSERT over arrays, one per column, rather than a JDBC batch of one
 * INSERT per row: one statement is all of the batch or none of it, so it needs no transaction around it and no
 * COMMIT of its own, which would be a round trip of every batch; and PostgreSQL executes it for less than the rows
 * inserted one by one (figures in docs/performance.md). The answers were read before, on the requests' threads: the
 * result recorded is the answer given, whatever happens between the reading and the recording.
 */
@ApplicationScoped
public class QueryLogWriter {

    public static final String RATE_LIMITED = "RATE_LIMITED";

    /**
     * The batch's rows, from one array per column (unnested side by side, in order); the time as ISO-8601 text, which
     * both databases read as a timestamp with time zone, because their drivers bind arrays of dates differently.
     */
    private static final String INSERT = "INSERT INTO bank_query"
            + " (id, bank_id, asked_by, channel, subject, asked_about, purpose, result, asked_at)"
            + " SELECT nextval('bank_query_seq'), * FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS VARCHAR ARRAY),"
            + " CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY),"
            + " CAST(? AS VARCHAR ARRAY), CAST(CAST(? AS VARCHAR ARRAY) AS TIMESTAMP WITH TIME ZONE ARRAY))";

    @Resource(lookup = "java:jboss/datasources/TfsDS")
    private DataSource dataSource;

    /** Only the query log's writer thread calls {@link #write}, so this node's leases need no locking. */
    private final RateLeases leases = new RateLeases();

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
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            leases.forgetBefore(window);
            for (Map.Entry<String, List<Integer>> caller : byCaller.entrySet()) {
                List<Integer> positions = caller.getValue();
                int limit = batch.get(positions.get(0)).caller().perMinute();
                int allowed = leases.admit(
                        caller.getKey(), window, positions.size(), limit, n -> count(c, caller.getKey(), window, n));
                for (int k = 0; k < positions.size(); k++) {
                    admissions[positions.get(k)] =
                            k < allowed ? new QueryLog.Admission(true, 0) : new QueryLog.Admission(false, retryAfter);
                }
            }
            insert(c, batch, admissions);
        } catch (SQLException e) {
            throw new IllegalStateException("bank queries could not be recorded: " + e.getMessage(), e);
        }
        return List.of(admissions);
    }

    private static void insert(Connection c, List<QueryLog.Entry> batch, QueryLog.Admission[] admissions)
            throws SQLException {
        int n = batch.size();
        Long[] banks = new Long[n];
        String[] askedBy = new String[n];
        String[] channels = new String[n];
        String[] subjects = new String[n];
        String[] askedAbout = new String[n];
        String[] purposes = new String[n];
        String[] results = new String[n];
        String[] askedAt = new String[n];
        for (int i = 0; i < n; i++) {
            QueryLog.Entry e = batch.get(i);
            banks[i] = e.caller().bankId();
            askedBy[i] = e.caller().name();
            channels[i] = e.caller().channel().name();
            subjects[i] = e.subject().name();
            askedAbout[i] = e.askedAbout();
            purposes[i] = e.purpose().name();
            results[i] = result(e, admissions[i]);
            askedAt[i] = e.at().toString();
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setArray(1, c.createArrayOf("BIGINT", banks));
            insert.setArray(2, c.createArrayOf("VARCHAR", askedBy));
            insert.setArray(3, c.createArrayOf("VARCHAR", channels));
            insert.setArray(4, c.createArrayOf("VARCHAR", subjects));
            insert.setArray(5, c.createArrayOf("VARCHAR", askedAbout));
            insert.setArray(6, c.createArrayOf("VARCHAR", purposes));
            insert.setArray(7, c.createArrayOf("VARCHAR", results));
            insert.setArray(8, c.createArrayOf("VARCHAR", askedAt));
            insert.executeUpdate();
        }
    }

    private static String result(QueryLog.Entry e, QueryLog.Admission admission) {
        if (!admission.admitted()) {
            return RATE_LIMITED;
        }
        return e.result();
    }

    /**
     * Adds {@code n} to the caller's shared count for the window and returns the count after the addition: one
     * statement, which hands back the new count (JDBC's generated keys: RETURNING on PostgreSQL), once the minute's
     * row exists. The first claim of a minute creates the row (another node may create it at the same moment: DO
     * NOTHING, then both update it, one after the other).
     */
    private static int count(Connection c, String caller, Instant window, int n) throws SQLException {
        OffsetDateTime start = OffsetDateTime.ofInstant(window, ZoneOffset.UTC);
        OptionalInt used = add(c, caller, start, n);
        if (used.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO bank_rate_window (caller, window_start, used)"
                    + " VALUES (?, ?, 0) ON CONFLICT DO NOTHING")) {
                s.setString(1, caller);
                s.setObject(2, start);
                s.executeUpdate();
            }
            used = add(c, caller, start, n);
        }
        return used.orElseThrow();
    }

    /** The window's count after adding {@code n}; empty if the window has no row yet. */
    private static OptionalInt add(Connection c, String caller, OffsetDateTime start, int n) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE bank_rate_window SET used = used + ? WHERE caller = ? AND window_start = ?",
                new String[] {"used"})) {
            s.setInt(1, n);
            s.setString(2, caller);
            s.setObject(3, start);
            if (s.executeUpdate() == 0) {
                return OptionalInt.empty();
            }
            try (ResultSet r = s.getGeneratedKeys()) {
                if (!r.next()) {
                    throw new SQLException("the rate window's count was not returned");
                }
                return OptionalInt.of(r.getInt(1));
            }
        }
    }

    /** Windows older than an hour are of no further use. */
    public int forgetOldWindows(Instant now) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM bank_rate_window WHERE window_start < ?")) {
            s.setObject(1, OffsetDateTime.ofInstant(now.minus(1, ChronoUnit.HOURS), ZoneOffset.UTC));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("old rate windows could not be removed: " + e.getMessage(), e);
        }
    }
}
