package dev.prewarm.persistence.schema;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Plain JDBC inside the current JPA transaction, for the few stores that need statements JPA
 * cannot express (batched inserts, ON CONFLICT / MERGE, row locks): the connection, the dialect,
 * and UTC timestamps.
 */
public final class TransactionJdbc {
    private TransactionJdbc() {}

    /** The transaction's own connection, so JDBC writes commit or roll back with it. */
    public static Connection connection(EntityManager em, String purpose) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException(purpose + " needs an active transaction; none is active");
        }
        return connection;
    }

    /** PostgreSQL and H2 differ in upsert syntax; everything else here is portable. */
    public static boolean isPostgres(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell the database product: " + e.getMessage(), e);
        }
    }

    /** Explicit UTC rather than java.sql.Timestamp, whose conversion follows the JVM's zone. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
