package dev.prewarm.application.startup;

import dev.prewarm.application.preload.OutboundTls;
import dev.prewarm.application.schedule.PlanEngine;
import dev.prewarm.application.task.InstantLane;
import dev.prewarm.application.user.AdminBootstrap;
import dev.prewarm.persistence.schema.DatabaseMigrator;
import dev.prewarm.persistence.schema.UniqueViolation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs once when the application starts, before it reports ready: migrate the schema with Flyway,
 * make sure an operator can sign in, load the outbound TLS trust, then start the plan engine. A startup EJB rather than a CDI initialization
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

    @Inject
    private PlanEngine engine;

    @Inject
    private InstantLane instantLane;

    @Inject
    private OutboundTls outboundTls;

    @Inject
    @ConfigProperty(name = "prewarm.engine.tick-millis", defaultValue = "250")
    private long tickMillis;

    @Inject
    @ConfigProperty(name = "prewarm.engine.enabled", defaultValue = "true")
    private boolean engineEnabled;

    @PostConstruct
    void start() {
        int applied = new DatabaseMigrator(dataSource).migrate();
        LOG.info(() -> "Database schema is up to date (" + applied + " migration(s) applied now)");
        schemaState.markMigrated();
        ensureAnAdmin(adminBootstrap);
        // Loads the extra CA file now: a bad one must stop the start, not fail every HTTPS fetch later.
        LOG.info(outboundTls.summary());
        if (engineEnabled) {
            engine.start();
            instantLane.start(tickMillis);
        } else {
            LOG.warning("The plan engine is disabled (prewarm.engine.enabled=false): no plan runs on this instance");
        }
    }

    /**
     * Instances starting together on a new database can all find no admin and all create
     * 'admin': each loser's insert clashes on the username (how the clash arrives depends on the
     * database, the JPA provider and the container's wrapping). The admin then exists, which is
     * all this step is for, so after any failure the step looks again: an admin there means the
     * start goes on; none means the failure was real and fails the start.
     */
    static void ensureAnAdmin(AdminBootstrap bootstrap) {
        try {
            bootstrap.ensureAnAdminExists();
        } catch (RuntimeException e) {
            if (!anAdminExistsNow(bootstrap, e)) {
                throw e;
            }
            LOG.info(() -> (UniqueViolation.isCauseOf(e)
                            ? "Another instance created the admin user at the same moment"
                            : "Creating the admin user failed (" + e + ") but an admin exists now")
                    + "; this instance uses it");
        }
    }

    /**
     * Looks again, up to three times: on PostgreSQL the connection the clash broke can be handed
     * out once more and fail the first look ("This connection has been closed").
     */
    private static boolean anAdminExistsNow(AdminBootstrap bootstrap, RuntimeException failure) {
        for (int look = 1; ; look++) {
            try {
                return bootstrap.anAdminExists();
            } catch (RuntimeException lookingAgain) {
                failure.addSuppressed(lookingAgain);
                if (look == 3) {
                    return false;
                }
            }
        }
    }
}
