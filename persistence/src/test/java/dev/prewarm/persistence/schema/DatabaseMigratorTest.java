package dev.prewarm.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatabaseMigratorTest {
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void migratingAnUpToDateDatabaseAgainRunsNothing(TestDatabase.Kind kind) {
        // TestDatabase has already migrated once.
        try (TestDatabase db = TestDatabase.create(kind)) {
            DatabaseMigrator migrator = new DatabaseMigrator(db.dataSource());

            assertThat(migrator.isUpToDate()).isTrue();
            assertThat(migrator.migrate()).isZero();
            assertThat(migrator.isUpToDate()).isTrue();
        }
    }
}
