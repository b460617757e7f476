package dev.prewarm.persistence.schema;

import java.sql.SQLException;

/**
 * Recognises a unique-key clash under whatever the JPA provider and the container wrapped it in:
 * SQLSTATE 23505 on both H2 and PostgreSQL. A caller that raced another writer to create the
 * same row can tell "someone else created it" from every other failure.
 */
public final class UniqueViolation {
    static final String SQL_STATE = "23505";

    private UniqueViolation() {}

    public static boolean isCauseOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
