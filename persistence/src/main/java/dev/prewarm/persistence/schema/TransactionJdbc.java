package dev.prewarm.persistence.schema;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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

    /**
     * The database's clock, read with its offset, so neither the JVM's nor the session's zone
     * shifts it: due times and leases compare against one clock on every instance.
     */
    public static Instant databaseNow(Connection connection) throws SQLException {
        try (PreparedStatement now = connection.prepareStatement("select current_timestamp");
                ResultSet row = now.executeQuery()) {
            row.next();
            return row.getObject(1, OffsetDateTime.class).toInstant();
        }
    }

    /** Explicit UTC rather than java.sql.Timestamp, whose conversion follows the JVM's zone. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
