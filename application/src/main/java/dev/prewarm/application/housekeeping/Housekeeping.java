package dev.prewarm.application.housekeeping;

import dev.prewarm.application.account.RequestNonces;
import dev.prewarm.application.idempotency.ClientTokens;
import dev.prewarm.application.result.ResultRetention;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Periodic clean-up of expiring records: signature nonces past the ±15-minute window,
 * ClientTokens older than 24 hours and fetch results past their retention (in chunks). A
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

    @Inject
    ResultRetention results;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void purgeExpired() {
        try {
            int purgedNonces = nonces.purgeExpired();
            int purgedTokens = clientTokens.purgeExpired();
            long purgedResults = results.purgeExpired();
            LOG.fine(() -> "Purged " + purgedNonces + " nonces, " + purgedTokens + " ClientTokens and " + purgedResults
                    + " fetch results");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Housekeeping failed; it runs again in five minutes", e);
        }
    }
}
