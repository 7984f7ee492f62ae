package cn.kaifeng.tfs.shared.infra;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date before anything else runs. Flyway takes a database lock, so when several cluster
 * nodes start at once only one migrates and the others wait. Other start-up beans declare
 * {@code @DependsOn("SchemaMigration")}. A failed migration fails the deployment: running on a half-migrated
 * schema would be worse than not running.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    @Resource(lookup = "java:jboss/datasources/TfsDS")
    private DataSource dataSource;

    /**
     * Migrations SQL cannot express portably, written in Java by the features whose tables they change (CDI beans),
     * so that this shared bean needs to know none of those features.
     */
    @Inject
    @Any
    private Instance<JavaMigration> javaMigrations;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // the SQL migrations and the features' Java ones
                .javaMigrations(javaMigrations.stream().toArray(JavaMigration[]::new))
                .load()
                .migrate();
        LOG.infof(
                "Schema at version %s (%d migration(s) applied now) on %s",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted,
                result.database);
    }
}
