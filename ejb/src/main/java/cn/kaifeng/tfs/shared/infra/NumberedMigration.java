package cn.kaifeng.tfs.shared.infra;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java, for what SQL cannot say the same way on H2 and PostgreSQL (names the database chose
 * itself, say). Flyway's own base class reads the version from a class name such as {@code V19__...}; ours are named
 * for what they do, so each gives its number here. Found by {@link SchemaMigration} as a CDI bean.
 */
public abstract class NumberedMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected NumberedMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** No checksum: what it does depends on the database it meets, not on a script that could be edited. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    /** The sequence's next value, taken from it: PostgreSQL knows only nextval(), H2 in every mode the standard form. */
    protected static long nextValue(Connection c, String sequence) throws SQLException {
        boolean postgres = c.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        String sql = postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
