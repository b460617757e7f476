package dev.prewarm.persistence.testing;

import dev.prewarm.persistence.schema.DatabaseMigrator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A migrated, empty database of one kind (H2 in memory or a real PostgreSQL) with the production
 * persistence unit opened on it in Java SE, resource-local. Each instance is a new database.
 */
public final class TestDatabase implements AutoCloseable {
    public enum Kind {
        H2,
        POSTGRESQL
    }

    private final Kind kind;
    private final javax.sql.DataSource dataSource;
    private final EntityManagerFactory emf;

    private TestDatabase(Kind kind, javax.sql.DataSource dataSource, String url, String user, String password) {
        this.kind = kind;
        this.dataSource = dataSource;
        new DatabaseMigrator(dataSource).migrate();
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.user", user);
        props.put("jakarta.persistence.jdbc.password", password);
        this.emf = Persistence.createEntityManagerFactory("prewarm", props);
    }

    public static TestDatabase create(Kind kind) {
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        return switch (kind) {
            case H2 -> {
                String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
                JdbcDataSource ds = new JdbcDataSource();
                ds.setURL(url);
                ds.setUser("sa");
                ds.setPassword("sa");
                yield new TestDatabase(kind, ds, url, "sa", "sa");
            }
            case POSTGRESQL -> {
                LocalPostgres pg = LocalPostgres.shared();
                String url = pg.createDatabase(name);
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setURL(url);
                ds.setUser(pg.user());
                yield new TestDatabase(kind, ds, url, pg.user(), "");
            }
        };
    }

    public Kind kind() {
        return kind;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public EntityManager entityManager() {
        return emf.createEntityManager();
    }

    /** Runs the work in one transaction on a fresh EntityManager and returns its result. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public void runInTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() {
        emf.close();
    }
}
