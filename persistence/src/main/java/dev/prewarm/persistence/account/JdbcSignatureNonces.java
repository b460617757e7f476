package dev.prewarm.persistence.account;

import dev.prewarm.domain.account.SignatureNonces;
import dev.prewarm.persistence.schema.TransactionJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Signature nonces in table signature_nonce, written with plain JDBC on the transaction's own
 * connection. The insert must never fail on a known nonce: a failed statement aborts the whole
 * transaction on PostgreSQL, and through JPA it would mark the transaction for rollback. So
 * PostgreSQL gets {@code INSERT ... ON CONFLICT DO NOTHING} (which also waits for a concurrent
 * insert of the same nonce and then does nothing), and H2 a {@code MERGE ... WHEN NOT MATCHED}.
 * Both report one row for a first use and none for a repeat.
 */
@ApplicationScoped
public class JdbcSignatureNonces implements SignatureNonces {
    private static final String POSTGRESQL_INSERT =
            "insert into signature_nonce (nonce, seen_at) values (?, ?) on conflict (nonce) do nothing";
    private static final String H2_MERGE = "merge into signature_nonce t"
            + " using (values (cast(? as varchar(128)), cast(? as timestamp))) s (nonce, seen_at)"
            + " on t.nonce = s.nonce"
            + " when not matched then insert (nonce, seen_at) values (s.nonce, s.seen_at)";
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    protected JdbcSignatureNonces() {
        // for CDI
    }

    public JdbcSignatureNonces(EntityManager em) {
        this.em = em;
    }

    /** Must be called inside a transaction: the row is written on its connection. */
    @Override
    public boolean firstUse(String nonce, Instant seenAt) {
        if (nonce == null || nonce.isEmpty() || nonce.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a nonce has 1 to " + MAX_LENGTH + " characters");
        }
        Connection connection = connection();
        boolean postgres = TransactionJdbc.isPostgres(connection);
        try (PreparedStatement insert = connection.prepareStatement(postgres ? POSTGRESQL_INSERT : H2_MERGE)) {
            insert.setString(1, nonce);
            insert.setObject(2, TransactionJdbc.utc(seenAt));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            // H2 only: two transactions merging the same nonce at once; the loser sees the key
            // violation, and on H2 a failed statement leaves the transaction usable.
            if (!postgres && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("Could not record a signature nonce: " + e.getMessage(), e);
        }
    }

    /** Must be called inside a transaction. */
    @Override
    public int purgeOlderThan(Instant cutoff) {
        try (PreparedStatement delete =
                connection().prepareStatement("delete from signature_nonce where seen_at < ?")) {
            delete.setObject(1, TransactionJdbc.utc(cutoff));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge signature nonces: " + e.getMessage(), e);
        }
    }

    private Connection connection() {
        return TransactionJdbc.connection(em, "Signature nonces are written");
    }
}
