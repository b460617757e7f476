package dev.prewarm.application.startup;

import dev.prewarm.application.user.AdminBootstrap;
import dev.prewarm.persistence.schema.DatabaseMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs once when the application starts, before it reports ready: migrate the schema with Flyway,
 * then make sure an operator can sign in. A startup EJB rather than a CDI initialization
 * observer, because Payara binds the WAR's datasource only after CDI has initialized. A failure
 * here fails the deployment, loudly.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupSequence {
    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    private DataSource dataSource;

    @Inject
    private SchemaState schemaState;

    @Inject
    private AdminBootstrap adminBootstrap;

    @PostConstruct
    void start() {
        int applied = new DatabaseMigrator(dataSource).migrate();
        LOG.info(() -> "Database schema is up to date (" + applied + " migration(s) applied now)");
        schemaState.markMigrated();
        adminBootstrap.ensureAnAdminExists();
    }
}
