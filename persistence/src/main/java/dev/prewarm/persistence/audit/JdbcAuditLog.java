package dev.prewarm.persistence.audit;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.audit.Actor;
import dev.prewarm.domain.audit.ActorKind;
import dev.prewarm.domain.audit.AuditEvent;
import dev.prewarm.domain.audit.AuditLog;
import dev.prewarm.domain.audit.AuditQuery;
import dev.prewarm.persistence.schema.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log in table audit_event, on the transaction's own connection: the event commits or
 * rolls back with the change it records. Plain JDBC because the rows are append-only facts, not
 * aggregates, and the query pages with LIMIT/OFFSET, which both H2 and PostgreSQL speak.
 */
@ApplicationScoped
public class JdbcAuditLog implements AuditLog {
    private static final String INSERT = "insert into audit_event"
            + " (occurred_at, actor_kind, actor_name, account_id, action, object_id, detail)"
            + " values (?, ?, ?, ?, ?, ?, ?)";
    private static final String COLUMNS = "occurred_at, actor_kind, actor_name, account_id, action, object_id, detail";

    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    protected JdbcAuditLog() {
        // for CDI
    }

    public JdbcAuditLog(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(AuditEvent event) {
        try (PreparedStatement insert = connection().prepareStatement(INSERT)) {
            insert.setObject(1, TransactionJdbc.utc(event.at()));
            insert.setString(2, event.actor().kind().wireName());
            insert.setString(3, event.actor().name());
            insert.setString(4, event.account().map(AccountId::value).orElse(null));
            insert.setString(5, event.action());
            insert.setString(6, event.objectId());
            insert.setString(7, event.detail());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not record the audit event " + event.action() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long count(AuditQuery query) {
        Where where = Where.of(query);
        try (PreparedStatement select =
                connection().prepareStatement("select count(*) from audit_event" + where.sql())) {
            where.bind(select);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<AuditEvent> page(AuditQuery query, long offset, int limit) {
        Where where = Where.of(query);
        String sql = "select " + COLUMNS + " from audit_event" + where.sql()
                + " order by occurred_at desc, id desc limit ? offset ?";
        try (PreparedStatement select = connection().prepareStatement(sql)) {
            int next = where.bind(select);
            select.setInt(next, limit);
            select.setLong(next + 1, offset);
            List<AuditEvent> events = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    events.add(event(row));
                }
            }
            return events;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static AuditEvent event(ResultSet row) throws SQLException {
        String account = row.getString(4);
        return new AuditEvent(
                row.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                new Actor(ActorKind.fromWire(row.getString(2)), row.getString(3)),
                account == null ? null : AccountId.of(account),
                row.getString(5),
                row.getString(6),
                row.getString(7));
    }

    /** The scope and filters of a query as a WHERE clause and its parameters, bound in order. */
    private record Where(AuditQuery query) {
        static Where of(AuditQuery query) {
            return new Where(query);
        }

        String sql() {
            StringBuilder sql = new StringBuilder(
                    query.withInstallationWide()
                            ? " where (account_id = ? or account_id is null)"
                            : " where account_id = ?");
            if (query.actionPrefix() != null) {
                sql.append(" and action like ? escape '\\'");
            }
            if (query.actor() != null) {
                sql.append(" and actor_name = ?");
            }
            return sql.toString();
        }

        /** Returns the index of the next parameter. */
        int bind(PreparedStatement statement) throws SQLException {
            int i = 1;
            statement.setString(i++, query.account().value());
            if (query.actionPrefix() != null) {
                statement.setString(i++, escapeLike(query.actionPrefix()) + "%");
            }
            if (query.actor() != null) {
                statement.setString(i++, query.actor());
            }
            return i;
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("Could not read the audit log: " + e.getMessage(), e);
    }

    private Connection connection() {
        return TransactionJdbc.connection(em, "The audit log is read and written");
    }
}
