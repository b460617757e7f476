package dev.prewarm.application.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Makes the application's datasource (defined in the WAR's web.xml) injectable. A JNDI lookup
 * rather than {@code @Resource}: Payara does not register resource references of classes in
 * WEB-INF/lib jars, so field injection fails there at deploy time.
 */
@ApplicationScoped
public class DatabaseConnection {
    public static final String JNDI_NAME = "java:app/jdbc/prewarm";

    @Produces
    DataSource dataSource() {
        try {
            return InitialContext.doLookup(JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("The datasource " + JNDI_NAME + " is not defined", e);
        }
    }
}
