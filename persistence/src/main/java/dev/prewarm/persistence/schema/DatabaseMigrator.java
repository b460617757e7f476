package dev.prewarm.persistence.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema to the latest version with Flyway; the migrations are in db/migration. */
public final class DatabaseMigrator {
    private final DataSource dataSource;

    public DatabaseMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Applies pending migrations and returns how many ran; fails if one fails or was altered. */
    public int migrate() {
        return flyway().migrate().migrationsExecuted;
    }

    /** True when no migration is pending (the readiness probe asks this). */
    public boolean isUpToDate() {
        return flyway().info().pending().length == 0;
    }

    private Flyway flyway() {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
    }
}
