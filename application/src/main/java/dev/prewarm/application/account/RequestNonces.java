package dev.prewarm.application.account;

import dev.prewarm.domain.account.SignatureNonces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The signature nonces of verified requests, shared by all instances through the database. Each
 * call commits on its own (REQUIRES_NEW): a nonce stays used even when the action it came with
 * fails and rolls back, since the signed request could otherwise be replayed.
 */
@ApplicationScoped
public class RequestNonces {
    /**
     * How long a nonce is kept, counted from the request's signed time: a request is accepted up to
     * 15 minutes either side of its signed time, so after that its nonce can never be presented
     * again with a valid timestamp.
     */
    public static final Duration RETENTION = Duration.ofMinutes(15);

    @Inject
    SignatureNonces nonces;

    @Inject
    Clock clock;

    /**
     * @param signedAt the request's own signed timestamp ({@code x-acs-date} or {@code Timestamp}),
     *     which {@link #purgeExpired} counts the retention from
     * @return {@code true} for the first use of the nonce on any instance
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean firstUse(String nonce, Instant signedAt) {
        return nonces.firstUse(nonce, signedAt);
    }

    /**
     * Removes nonces whose requests can no longer pass the timestamp check. Not scheduled yet: the
     * intent is a timer every few minutes on each instance (concurrent purges are harmless, each
     * deletes what is left). The table only grows by one row per verified request until then.
     *
     * @return how many nonces were removed
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int purgeExpired() {
        return nonces.purgeOlderThan(clock.instant().minus(RETENTION));
    }
}
