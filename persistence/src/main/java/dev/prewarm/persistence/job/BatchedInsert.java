package dev.prewarm.persistence.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One prepared INSERT fed row by row and executed every {@code batchRows} rows. The connection
 * belongs to the caller's transaction: it is neither committed nor closed here.
 */
final class BatchedInsert implements AutoCloseable {
    private final PreparedStatement statement;
    private final int batchRows;
    private int pending;
    private boolean closed;

    BatchedInsert(Connection connection, String sql, int batchRows) {
        try {
            this.statement = connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare " + sql + ": " + e.getMessage(), e);
        }
        this.batchRows = batchRows;
    }

    void add(Object... values) {
        if (closed) {
            throw new IllegalStateException("the writer is closed");
        }
        try {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            if (++pending == batchRows) {
                flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a row: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (statement) {
            flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the last rows: " + e.getMessage(), e);
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }
}
