package cn.kaifeng.tfs.bank.infra;

import cn.kaifeng.tfs.shared.infra.NumberedMigration;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 19: the bank query log ({@code bank_query}) no longer has a foreign key to {@code organisation}.
 *
 * <p>Why: every batch the query log commits checked its rows against the bank's organisation row, and PostgreSQL
 * checks a foreign key by locking the referenced row ({@code FOR KEY SHARE}). That lock is written to the row, so
 * each commit also wrote the organisation row of every bank it recorded for, and in a cluster the nodes' writers,
 * committing at the same moments for the same bank, share the lock through a MultiXact that each of them extends.
 * The check costs throughput and PostgreSQL time on the API's hottest path (measured in docs/performance.md). What
 * the key guarded against cannot happen here: the
 * log's only writer takes the bank from the caller it authenticated (a bank client or officer, both of which
 * reference the organisation), organisations are never deleted, and the log is append-only. An audit record that
 * needs nothing else to exist is also what an audit log should be.
 *
 * <p>It lives with the bank feature, whose table it changes; the schema migration finds it as a CDI bean.
 *
 * <p>A Java migration rather than SQL: V13 declared the key inline, so the databases named it themselves
 * ({@code bank_query_bank_id_fkey} on PostgreSQL, {@code CONSTRAINT_…} on H2); the database's metadata says which.
 */
@Dependent
public class BankQueryUnreferenced extends NumberedMigration {

    public BankQueryUnreferenced() {
        super("19", "bank query log without foreign key to organisation");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        DatabaseMetaData meta = c.getMetaData();
        List<String> keys = foreignKeys(meta, c.getCatalog(), c.getSchema());
        String quote = meta.getIdentifierQuoteString();
        try (Statement s = c.createStatement()) {
            for (String key : keys) {
                s.execute(
                        "ALTER TABLE bank_query DROP CONSTRAINT " + quote + key.replace(quote, quote + quote) + quote);
            }
        }
    }

    /**
     * The names of bank_query's foreign keys to organisation (one, unless someone added another by hand), in the
     * schema being migrated: another schema of the same database may hold a bank_query of its own.
     */
    private static List<String> foreignKeys(DatabaseMetaData meta, String catalog, String schema) throws SQLException {
        // as the database stores unquoted names: lower case on PostgreSQL and on H2 as configured (DATABASE_TO_LOWER),
        // upper case on an H2 whose URL an operator wrote without it
        String table = meta.storesUpperCaseIdentifiers() ? "BANK_QUERY" : "bank_query";
        List<String> keys = new ArrayList<>();
        try (ResultSet r = meta.getImportedKeys(catalog, schema, table)) {
            while (r.next()) {
                if (r.getString("PKTABLE_NAME").equalsIgnoreCase("organisation")) {
                    keys.add(r.getString("FK_NAME"));
                }
            }
        }
        return keys;
    }
}
