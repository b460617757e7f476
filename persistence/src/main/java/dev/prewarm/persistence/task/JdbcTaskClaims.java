package dev.prewarm.persistence.task;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.task.TaskClaims;
import dev.prewarm.domain.task.TaskId;
import dev.prewarm.persistence.schema.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims Refreshing tasks with {@code FOR UPDATE SKIP LOCKED} (H2 2.2 and PostgreSQL), so two
 * instances never take the same row; times from the database clock, stored as UTC.
 */
@ApplicationScoped
public class JdbcTaskClaims implements TaskClaims {
    private static final String SELECT = "select task_id, position, account_id from preload_task"
            + " where status = 'Refreshing' and (claimed_by is null or claim_expires_at <= ?)"
            + " order by created_at, task_id, position limit ? for update skip locked";
    private static final String TAKE =
            "update preload_task set claimed_by = ?, claim_expires_at = ? where task_id = ? and position = ?";

    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    protected JdbcTaskClaims() {
        // for CDI
    }

    public JdbcTaskClaims(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ClaimedTask> claimRefreshing(String owner, int max, Duration claimFor) {
        Connection connection = TransactionJdbc.connection(em, "Task claims are taken");
        try {
            Instant now = TransactionJdbc.databaseNow(connection);
            List<ClaimedTask> claimed = select(connection, max, now);
            if (claimed.isEmpty()) {
                // Most ticks: no statement batch to run, and H2 fills in a stack trace for each one.
                return claimed;
            }
            try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                for (ClaimedTask task : claimed) {
                    take.setString(1, owner);
                    take.setObject(2, TransactionJdbc.utc(now.plus(claimFor)));
                    take.setString(3, task.taskId().value());
                    take.setInt(4, task.position());
                    take.addBatch();
                }
                take.executeBatch();
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim instant tasks for " + owner + ": " + e.getMessage(), e);
        }
    }

    private static List<ClaimedTask> select(Connection connection, int max, Instant now) throws SQLException {
        List<ClaimedTask> claimed = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setObject(1, TransactionJdbc.utc(now));
            select.setInt(2, max);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new ClaimedTask(
                            AccountId.of(rows.getString(3)), TaskId.of(rows.getString(1)), rows.getInt(2)));
                }
            }
        }
        return claimed;
    }
}
