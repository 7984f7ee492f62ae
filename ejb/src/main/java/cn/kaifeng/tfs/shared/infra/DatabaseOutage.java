package cn.kaifeng.tfs.shared.infra;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells a failure because the database could not be reached (stopped, restarting, unreachable, or no pooled
 * connection to be had) from every other failure, by what is somewhere in its chain of causes. The former is
 * temporary and the caller's request was not carried out: the pages and the API answer it with 503 and
 * {@code Retry-After} ("try again shortly") rather than 500, and the log gets one line instead of a stack trace.
 *
 * <p>What counts: a JDBC connection exception (SQLState class 08, or the JDBC 4 connection subclasses); PostgreSQL
 * ending a session because it is shutting down or was restarted (57P01 admin shutdown, 57P02 crash shutdown, 57P03
 * cannot connect now) or refusing one for lack of slots (53300); and the connection pool's own refusal
 * ({@link ResourceException} with no SQL state from the database behind it: no connection to be had in time).
 * Constraint violations, lock timeouts and the like are not outages: they stay whatever they were.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    /**
     * Whether the database being away is among the causes of this failure: anywhere in its causes, suppressed
     * exceptions (a failed commit carries the driver's exception there) and chained SQL exceptions.
     */
    public static boolean isCause(Throwable thrown) {
        boolean pool = false;
        boolean otherSqlState = false;
        for (Throwable t : everything(thrown)) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || (t instanceof SQLException sql && isOutageState(sql.getSQLState()))) {
                return true;
            }
            pool |= t instanceof ResourceException;
            otherSqlState |= t instanceof SQLException sql && sql.getSQLState() != null;
        }
        // the pool refusing by itself (no connection within the timeout) rather than passing on what the database
        // said: a constraint violated at commit also arrives wrapped in the pool's exception, with its SQL state
        return pool && !otherSqlState;
    }

    /** The failure and everything it carries, each once: causes, suppressed exceptions, chained SQL exceptions. */
    private static List<Throwable> everything(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> open = new ArrayDeque<>();
        List<Throwable> all = new ArrayList<>();
        if (thrown != null) {
            open.add(thrown);
        }
        while (!open.isEmpty() && all.size() < 200) {
            Throwable t = open.poll();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                open.add(t.getCause());
            }
            open.addAll(List.of(t.getSuppressed()));
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                open.add(sql.getNextException());
            }
        }
        return all;
    }

    static boolean isOutageState(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08")
                        || sqlState.equals("57P01")
                        || sqlState.equals("57P02")
                        || sqlState.equals("57P03")
                        || sqlState.equals("53300"));
    }

    /**
     * What the driver or the pool said, for a log line: the database's own words if it gave any (the first SQL
     * exception with a state), otherwise the deepest cause, without the layers wrapped around it.
     */
    public static String summary(Throwable thrown) {
        List<Throwable> all = everything(thrown);
        Throwable said = all.stream()
                .filter(t -> t instanceof SQLException sql && sql.getSQLState() != null)
                .findFirst()
                .orElse(null);
        if (said == null) {
            Map<Throwable, Boolean> seen = new IdentityHashMap<>();
            for (Throwable t = thrown; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
                said = t;
            }
        }
        return said == null ? "" : said.getClass().getSimpleName() + ": " + said.getMessage();
    }
}
