package dev.prewarm.application.housekeeping;

import dev.prewarm.application.account.RequestNonces;
import dev.prewarm.application.idempotency.ClientTokens;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Periodic clean-up of expiring records: signature nonces past the ±15-minute window and
 * ClientTokens older than 24 hours. A
 * non-persistent timer: each instance purges on its own and concurrent purges are harmless, so
 * nothing needs coordinating (persistent timers cannot run on Payara Micro without Hazelcast).
 */
@Singleton
public class Housekeeping {
    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Inject
    RequestNonces nonces;

    @Inject
    ClientTokens clientTokens;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void purgeExpired() {
        try {
            int purgedNonces = nonces.purgeExpired();
            int purgedTokens = clientTokens.purgeExpired();
            LOG.fine(() -> "Purged " + purgedNonces + " nonces and " + purgedTokens + " ClientTokens");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Housekeeping failed; it runs again in five minutes", e);
        }
    }
}
