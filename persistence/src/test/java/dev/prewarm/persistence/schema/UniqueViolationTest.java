package dev.prewarm.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {
    @Test
    void aUniqueViolationIsFoundUnderTheWrappers() {
        Throwable wrapped = new IllegalStateException(
                "commit failed", new PersistenceException("flush failed", new SQLException("duplicate", "23505")));

        assertThat(UniqueViolation.isCauseOf(wrapped)).isTrue();
    }

    @Test
    void anyOtherDatabaseErrorIsNot() {
        Throwable notNull = new PersistenceException("flush failed", new SQLException("null in a NOT NULL", "23502"));
        Throwable unreachable = new PersistenceException("no connection", new SQLException("refused", "08001"));

        assertThat(UniqueViolation.isCauseOf(notNull)).isFalse();
        assertThat(UniqueViolation.isCauseOf(unreachable)).isFalse();
        assertThat(UniqueViolation.isCauseOf(new IllegalStateException("no SQL at all")))
                .isFalse();
    }
}
