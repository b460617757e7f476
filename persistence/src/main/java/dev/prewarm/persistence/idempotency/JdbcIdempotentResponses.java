package dev.prewarm.persistence.idempotency;

import dev.prewarm.domain.idempotency.IdempotencyKey;
import dev.prewarm.domain.idempotency.IdempotentResponses;
import dev.prewarm.domain.idempotency.ParameterFingerprint;
import dev.prewarm.domain.idempotency.StoredResponse;
import dev.prewarm.persistence.schema.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * ClientToken responses in table client_token, on the transaction's own connection, so that the
 * claim, the objects the call creates (JPA and JDBC alike) and the response commit or roll back
 * together. The claim never fails on a known key, since a failed statement would abort the whole
 * transaction on PostgreSQL: {@code INSERT ... ON CONFLICT DO NOTHING} there (which waits for a
 * concurrent claimant and then does nothing, or inserts if that one rolled back), and on H2 a
 * {@code MERGE} whose key violation against a concurrent claim leaves the transaction usable.
 */
@ApplicationScoped
public class JdbcIdempotentResponses implements IdempotentResponses {
    private static final String POSTGRESQL_CLAIM =
            "insert into client_token (account_id, action, token, fingerprint, created_at) values (?, ?, ?, ?, ?)"
                    + " on conflict (account_id, action, token) do nothing";
    private static final String H2_CLAIM = "merge into client_token t using (values (cast(? as varchar(20)),"
            + " cast(? as varchar(64)), cast(? as varchar(64)), cast(? as char(64)), cast(? as timestamp)))"
            + " s (account_id, action, token, fingerprint, created_at)"
            + " on t.account_id = s.account_id and t.action = s.action and t.token = s.token"
            + " when not matched then insert (account_id, action, token, fingerprint, created_at)"
            + " values (s.account_id, s.action, s.token, s.fingerprint, s.created_at)";
    private static final String KEY = " where account_id = ? and action = ? and token = ?";
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    protected JdbcIdempotentResponses() {
        // for CDI
    }

    public JdbcIdempotentResponses(EntityManager em) {
        this.em = em;
    }

    /** Must be called inside a transaction: the claim lasts until it ends. */
    @Override
    public boolean claim(IdempotencyKey key, ParameterFingerprint fingerprint, Instant at) {
        Connection connection = connection();
        boolean postgres = TransactionJdbc.isPostgres(connection);
        try (PreparedStatement insert = connection.prepareStatement(postgres ? POSTGRESQL_CLAIM : H2_CLAIM)) {
            setKey(insert, key);
            insert.setString(4, fingerprint.hex());
            insert.setObject(5, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (!postgres && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false; // H2: claimed concurrently by another transaction
            }
            throw failure("claim", key, e);
        }
    }

    @Override
    public void complete(IdempotencyKey key, String body) {
        try (PreparedStatement update = connection().prepareStatement("update client_token set response = ?" + KEY)) {
            update.setString(1, body);
            update.setString(2, key.account().value());
            update.setString(3, key.action());
            update.setString(4, key.token().value());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("ClientToken " + key.token() + " was not claimed in this transaction");
            }
        } catch (SQLException e) {
            throw failure("store the response of", key, e);
        }
    }

    @Override
    public Optional<StoredResponse> find(IdempotencyKey key) {
        try (PreparedStatement select =
                connection().prepareStatement("select fingerprint, response from client_token" + KEY)) {
            setKey(select, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || row.getString(2) == null) {
                    return Optional.empty();
                }
                return Optional.of(new StoredResponse(new ParameterFingerprint(row.getString(1)), row.getString(2)));
            }
        } catch (SQLException e) {
            throw failure("read", key, e);
        }
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        try (PreparedStatement delete =
                connection().prepareStatement("delete from client_token where created_at < ?")) {
            delete.setObject(1, LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge ClientTokens: " + e.getMessage(), e);
        }
    }

    private static void setKey(PreparedStatement statement, IdempotencyKey key) throws SQLException {
        statement.setString(1, key.account().value());
        statement.setString(2, key.action());
        statement.setString(3, key.token().value());
    }

    private static IllegalStateException failure(String what, IdempotencyKey key, SQLException e) {
        return new IllegalStateException(
                "Could not " + what + " ClientToken " + key.token() + " of " + key.action() + ": " + e.getMessage(), e);
    }

    private Connection connection() {
        return TransactionJdbc.connection(em, "ClientTokens are handled");
    }
}
