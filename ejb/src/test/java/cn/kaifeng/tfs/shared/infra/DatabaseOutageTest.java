package cn.kaifeng.tfs.shared.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseOutageTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                // PostgreSQL restarted: the first use of a pooled session, then the closed session itself
                Arguments.of(
                        "admin shutdown, wrapped by JPA",
                        new PersistenceException(new SQLException("terminating connection", "57P01")),
                        true),
                Arguments.of("closed connection", new SQLException("This connection has been closed.", "08003"), true),
                Arguments.of("I/O error", new SQLException("An I/O error occurred", "08006"), true),
                Arguments.of("refused at connect", new SQLException("Connection refused", "08001"), true),
                Arguments.of("crash shutdown", new SQLException("crash", "57P02"), true),
                Arguments.of("starting up", new SQLException("the database system is starting up", "57P03"), true),
                Arguments.of("too many connections", new SQLException("too many clients", "53300"), true),
                Arguments.of("JDBC 4 connection exception", new SQLNonTransientConnectionException("gone"), true),
                // the pool: no connection could be made, deep in an EJB's and the pool's wrapping
                Arguments.of(
                        "pool could not connect",
                        new EJBException(new IllegalStateException(new SQLException(
                                "IJ031012: Unable to get managed connection",
                                new ResourceException("IJ000453", new SQLException("refused", "08001"))))),
                        true),
                Arguments.of(
                        "pool timeout",
                        new SQLException(
                                "IJ031012: Unable to get managed connection",
                                new ResourceException("IJ000655: No managed connections available")),
                        true),
                // a commit that failed because the session was ended: the driver's exception is a suppressed one
                Arguments.of(
                        "commit failed",
                        suppressed(
                                new RollbackException("ARJUNA016053: Could not commit transaction."),
                                new ResourceException("IJ001156", new SQLException("terminating connection", "57P01"))),
                        true),
                Arguments.of(
                        "batch with the cause as next exception",
                        chained(new SQLException("batch failed", "S1000"), new SQLException("gone", "08006")),
                        true),
                // everything else stays what it was
                Arguments.of(
                        "unique violation",
                        new PersistenceException(new SQLIntegrityConstraintViolationException("dup", "23505")),
                        false),
                Arguments.of(
                        "a constraint violated at commit, through the pool",
                        suppressed(
                                new RollbackException("ARJUNA016053: Could not commit transaction."),
                                new ResourceException("IJ001156", new SQLException("violates foreign key", "23503"))),
                        false),
                Arguments.of("serialisation failure", new SQLException("could not serialize", "40001"), false),
                Arguments.of("lock timeout", new SQLException("lock timeout", "55P03"), false),
                Arguments.of("no SQL state", new SQLException("odd"), false),
                Arguments.of("a bug", new NullPointerException(), false),
                Arguments.of("nothing", null, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void outagesAreToldFromOtherFailures(String name, Throwable failure, boolean outage) {
        assertEquals(outage, DatabaseOutage.isCause(failure));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException outer = new RuntimeException();
        RuntimeException inner = new RuntimeException(outer);
        outer.initCause(inner);
        assertFalse(DatabaseOutage.isCause(outer));
    }

    @Test
    void theSummaryIsWhatTheDatabaseSaid() {
        Throwable commit = suppressed(
                new RollbackException("ARJUNA016053: Could not commit transaction."),
                new ResourceException("IJ001156", new SQLException("terminating connection", "57P01")));
        assertEquals("SQLException: terminating connection", DatabaseOutage.summary(commit));
        assertEquals(
                "ResourceException: IJ000655",
                DatabaseOutage.summary(new SQLException("IJ031012", new ResourceException("IJ000655"))));
    }

    private static <T extends Throwable> T suppressed(T thrown, Throwable suppressed) {
        thrown.addSuppressed(suppressed);
        return thrown;
    }

    private static SQLException chained(SQLException first, SQLException next) {
        first.setNextException(next);
        return first;
    }
}
