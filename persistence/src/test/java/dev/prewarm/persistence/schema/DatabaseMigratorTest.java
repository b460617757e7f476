package dev.prewarm.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.persistence.testing.TestDatabase;
import java.util.List;
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

    /**
     * V11: no foreign key on a plan's batches and results, and on H2 no index of plan_id alone that
     * the completion's update of its batch could pick instead of the primary key.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void batchesAndResultsHaveTheirPrimaryKeysAndNoForeignKeys(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            List<String> constraints = db.inTransaction(em -> em
                    .createNativeQuery(
                            "select lower(table_name) || ' ' || constraint_type from information_schema.table_constraints"
                                    + " where lower(table_name) in ('batch', 'fetch_result')"
                                    + " and constraint_type in ('PRIMARY KEY', 'FOREIGN KEY')"
                                    + " order by 1")
                    .getResultList()
                    .stream()
                    .map(String::valueOf)
                    .toList());

            assertThat(constraints).containsExactly("batch PRIMARY KEY", "fetch_result PRIMARY KEY");
            if (kind == TestDatabase.Kind.H2) {
                String plan = db.inTransaction(em -> String.valueOf(em.createNativeQuery(
                                "explain update batch set status = 'done' where plan_id = 'p' and batch_no = 2")
                        .getSingleResult()));
                assertThat(plan).contains("PRIMARY_KEY").contains("BATCH_NO = ");
            }
        }
    }
}
