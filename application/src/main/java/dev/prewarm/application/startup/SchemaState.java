package dev.prewarm.application.startup;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;

/** Remembers whether this instance has brought the schema up to date; readiness depends on it. */
@ApplicationScoped
public class SchemaState {
    private final AtomicBoolean migrated = new AtomicBoolean();

    void markMigrated() {
        migrated.set(true);
    }

    public boolean isMigrated() {
        return migrated.get();
    }
}
