package dev.prewarm.persistence.quota;

import dev.prewarm.domain.account.AccessKeyId;
import dev.prewarm.domain.quota.ApiCallBuckets;
import dev.prewarm.domain.quota.TokenBucket;
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
 * Token buckets in table api_rate_bucket, one row per AccessKey, on the transaction's own
 * connection. A bucket in our own table rather than Bucket4j's JDBC backend: no new dependency,
 * one three-column table owned by our migrations on both H2 and PostgreSQL, the per-account rate
 * applied at each take (a changed quota needs no reconfiguration), and the arithmetic stays a
 * testable domain value ({@link TokenBucket}). The cost is one row lock per call, held for a few
 * statements.
 *
 * <p>A key's first call inserts its row race-free (PostgreSQL {@code ON CONFLICT DO NOTHING}, H2
 * {@code MERGE} whose key violation against a concurrent insert is ignored), then everybody reads
 * it {@code FOR UPDATE}, so concurrent takers of one key are serialised on that row.
 */
@ApplicationScoped
public class JdbcApiCallBuckets implements ApiCallBuckets {
    private static final String SELECT_FOR_UPDATE =
            "select tokens, refilled_at from api_rate_bucket where access_key_id = ? for update";
    private static final String POSTGRESQL_INSERT = "insert into api_rate_bucket (access_key_id, tokens, refilled_at)"
            + " values (?, ?, ?) on conflict (access_key_id) do nothing";
    private static final String H2_MERGE = "merge into api_rate_bucket t"
            + " using (values (cast(? as varchar(64)), cast(? as double precision), cast(? as timestamp)))"
            + " s (access_key_id, tokens, refilled_at) on t.access_key_id = s.access_key_id"
            + " when not matched then insert (access_key_id, tokens, refilled_at)"
            + " values (s.access_key_id, s.tokens, s.refilled_at)";
    private static final String UPDATE =
            "update api_rate_bucket set tokens = ?, refilled_at = ? where access_key_id = ?";
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    protected JdbcApiCallBuckets() {
        // for CDI
    }

    public JdbcApiCallBuckets(EntityManager em) {
        this.em = em;
    }

    /** Must be called inside a transaction: the row lock lasts until it ends. */
    @Override
    public TokenBucket lock(AccessKeyId key, TokenBucket whenAbsent) {
        Connection connection = connection();
        try {
            Optional<TokenBucket> existing = selectForUpdate(connection, key);
            if (existing.isPresent()) {
                return existing.get();
            }
            insertIfAbsent(connection, key, whenAbsent);
            return selectForUpdate(connection, key)
                    .orElseThrow(() -> new IllegalStateException("the rate bucket of " + key + " vanished"));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock the rate bucket of " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void store(AccessKeyId key, TokenBucket bucket) {
        try (PreparedStatement update = connection().prepareStatement(UPDATE)) {
            update.setDouble(1, bucket.tokens());
            update.setObject(2, TransactionJdbc.utc(bucket.refilledAt()));
            update.setString(3, key.value());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no rate bucket to store for " + key + "; lock it first");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the rate bucket of " + key + ": " + e.getMessage(), e);
        }
    }

    private static Optional<TokenBucket> selectForUpdate(Connection connection, AccessKeyId key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_FOR_UPDATE)) {
            select.setString(1, key.value());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Instant refilledAt = row.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                return Optional.of(new TokenBucket(row.getDouble(1), refilledAt));
            }
        }
    }

    private static void insertIfAbsent(Connection connection, AccessKeyId key, TokenBucket bucket) throws SQLException {
        boolean postgres = TransactionJdbc.isPostgres(connection);
        try (PreparedStatement insert = connection.prepareStatement(postgres ? POSTGRESQL_INSERT : H2_MERGE)) {
            insert.setString(1, key.value());
            insert.setDouble(2, bucket.tokens());
            insert.setObject(3, TransactionJdbc.utc(bucket.refilledAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            // H2 only: another transaction inserted the same key at once; its row is the one to lock.
            if (postgres || !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private Connection connection() {
        return TransactionJdbc.connection(em, "Rate buckets are taken");
    }
}
