package cn.kaifeng.tfs.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaifeng.tfs.bank.infra.BankQueryUnreferenced;
import cn.kaifeng.tfs.bank.infra.EligibleListNames;
import cn.kaifeng.tfs.budget.infra.LedgerTakeOver;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

/**
 * Migration 41 on a database that holds budgets and decisions made before the ledger (embedded H2 in the mode the
 * server runs it): a book per budget, and each standing decision committed in the book of its year and round, the
 * round chosen by the Beijing date of its submission; decisions that do not stand, or have no budget, are not.
 */
class LedgerTakeOverTest {

    private static final String URL =
            "jdbc:h2:mem:takeover;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .javaMigrations(
                        new JavaMigration[] {new EligibleListNames(), new BankQueryUnreferenced(), new LedgerTakeOver()
                        })
                .target(target)
                .load();
    }

    @Test
    void budgetsAndStandingDecisionsAreTakenOverIntoTheirBooks() throws SQLException {
        flyway("40").migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement()) {
            s.execute(
                    "INSERT INTO organisation (id, kind, name, created_at, version, identity_status,"
                            + " verified_at) VALUES (1, 'TALENT_TEAM', '团队', CURRENT_TIMESTAMP, 0, 'VERIFIED', CURRENT_TIMESTAMP)");
            // KF-RC-TEAM 2026 in two rounds (the first closes on 31 March); KF-ZL-LEASING 2026 for the whole year
            s.execute("INSERT INTO budget VALUES (1, 'KF-RC-TEAM', 2026, 1, DATE '2026-03-31', 500000000, 'a',"
                    + " CURRENT_TIMESTAMP, 0)");
            s.execute("INSERT INTO budget VALUES (2, 'KF-RC-TEAM', 2026, 2, DATE '2026-09-30', 300000000, 'a',"
                    + " CURRENT_TIMESTAMP, 0)");
            s.execute("INSERT INTO budget VALUES (3, 'KF-ZL-LEASING', 2026, 0, NULL, 100000000, 'a',"
                    + " CURRENT_TIMESTAMP, 0)");
            // submitted at 17:00 UTC on 31 March, which is 1 April in Beijing: the second round
            application(s, 10, "KF-RC-TEAM", "APPROVED", "2026-03-31T17:00:00Z", "1200000");
            application(s, 11, "KF-RC-TEAM", "AWAITING_SECOND_APPROVAL", "2026-03-31T15:00:00Z", "800000.50");
            application(s, 12, "KF-RC-TEAM", "REJECTED", "2026-02-01T00:00:00Z", "900000");
            application(s, 13, "KF-RC-TEAM", "LETTER_ISSUED", "2026-02-01T00:00:00Z", "700000"); // no approval letter
            application(s, 14, "KF-ZL-LEASING", "APPROVED", "2026-05-01T00:00:00Z", "600000");
            application(s, 15, "KF-ZL-LEASING", "APPROVED", "2025-05-01T00:00:00Z", "600000"); // 2025: no budget
        }
        flyway("latest").migrate();
        assertEquals(
                List.of(
                        "KF-RC-TEAM 2026 1 500000000 80000050",
                        "KF-RC-TEAM 2026 2 300000000 120000000",
                        "KF-ZL-LEASING 2026 0 100000000 60000000"),
                rows("SELECT program_code, budget_year, round_no, budget_fen, committed_fen FROM ledger_book"
                        + " ORDER BY program_code, round_no"));
        assertEquals(
                List.of(
                        "AVAILABLE BUDGET 500000000 1 null",
                        "AVAILABLE BUDGET 300000000 2 null",
                        "AVAILABLE BUDGET 100000000 3 null",
                        "COMMITTED AVAILABLE 120000000 10 10",
                        "COMMITTED AVAILABLE 80000050 11 11",
                        "COMMITTED AVAILABLE 60000000 14 14"),
                rows("SELECT debit_account, credit_account, amount_fen, source_id, award_id FROM ledger_posting"
                        + " WHERE source_kind = 'TAKE_OVER' ORDER BY award_id NULLS FIRST, source_id"));
    }

    private static void application(Statement s, long id, String program, String status, String at, String amount)
            throws SQLException {
        s.execute("INSERT INTO application (id, organisation_id, created_by, program_code, program_version,"
                + " program_hash, status, form_values, created_at, updated_at, version, submitted_at, decided_amount)"
                + " VALUES (" + id + ", 1, 'demo', '" + program + "', 1, 'h', '" + status + "', '{}',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0, TIMESTAMP WITH TIME ZONE '"
                + at.replace('T', ' ').replace("Z", "+00") + "', " + amount + ")");
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " ").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
