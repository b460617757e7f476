package dev.prewarm.application.concurrency;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The platform's default Jakarta Concurrency executors, looked up by JNDI: {@code @Resource}
 * injection does not work for classes in WEB-INF/lib jars on Payara.
 */
public final class ManagedResources {
    private ManagedResources() {}

    public static ManagedExecutorService executor() {
        return lookup("java:comp/DefaultManagedExecutorService");
    }

    /** Threads with the application's context, for the pools whose size Prewarm sets itself. */
    public static ManagedThreadFactory threadFactory() {
        return lookup("java:comp/DefaultManagedThreadFactory");
    }

    public static ManagedScheduledExecutorService scheduler() {
        return lookup("java:comp/DefaultManagedScheduledExecutorService");
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(String name) {
        try {
            return (T) InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("Jakarta Concurrency resource " + name + " is missing", e);
        }
    }
}
