package cn.kaifeng.tfs.bank.infra;

import cn.kaifeng.tfs.shared.infra.NumberedMigration;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 26: the rest of the eligible list's renaming (migration 25 renamed its tables from {@code whitelist}):
 * the sequence, and the constraints the database named after the old tables.
 *
 * <p>The sequence is made anew, since H2 cannot rename one: {@code eligible_list_seq} starts at the value
 * {@code whitelist_seq} would have given next, with the same increment, so ids go on exactly as before, and the old
 * one is dropped.
 *
 * <p>V13 declared the keys inline, so each database named them: PostgreSQL after the table and column
 * ({@code whitelist_pkey}, {@code whitelist_entry_whitelist_id_fkey}, …, and the primary and unique keys' indexes,
 * which follow their constraints' names), H2 {@code CONSTRAINT_…}. The names that say whitelist are read from the
 * information schema and get the names the database would give them today; on H2 there are none.
 */
@Dependent
public class EligibleListNames extends NumberedMigration {

    /** A constraint of {@code table} to be renamed. */
    private record Rename(String table, String from, String to) {}

    public EligibleListNames() {
        super("26", "eligible list sequence and constraint names");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        long next = nextValue(c, "whitelist_seq");
        String quote = c.getMetaData().getIdentifierQuoteString();
        List<Rename> constraints = constraintsSayingWhitelist(c);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SEQUENCE eligible_list_seq START WITH " + next + " INCREMENT BY 50");
            s.execute("DROP SEQUENCE whitelist_seq");
            for (Rename k : constraints) {
                s.execute("ALTER TABLE " + quoted(k.table(), quote) + " RENAME CONSTRAINT " + quoted(k.from(), quote)
                        + " TO " + quoted(k.to(), quote));
            }
        }
    }

    /**
     * The constraints of the two tables whose names say whitelist, in the schema being migrated: another schema of
     * the same database may have lists of its own. Names keep the case the database stores them in: lower on
     * PostgreSQL and on H2 as configured (DATABASE_TO_LOWER), upper on an H2 whose URL an operator wrote without it.
     */
    private static List<Rename> constraintsSayingWhitelist(Connection c) throws SQLException {
        List<Rename> renames = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT table_name, constraint_name"
                + " FROM information_schema.table_constraints WHERE table_schema = ?"
                + " AND LOWER(table_name) IN ('eligible_list', 'eligible_list_entry')"
                + " AND LOWER(constraint_name) LIKE '%whitelist%' ORDER BY table_name, constraint_name")) {
            q.setString(1, c.getSchema());
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    String name = r.getString(2);
                    renames.add(new Rename(
                            r.getString(1),
                            name,
                            name.replace("whitelist", "eligible_list").replace("WHITELIST", "ELIGIBLE_LIST")));
                }
            }
        }
        return renames;
    }

    private static String quoted(String name, String quote) {
        return quote + name.replace(quote, quote + quote) + quote;
    }
}
