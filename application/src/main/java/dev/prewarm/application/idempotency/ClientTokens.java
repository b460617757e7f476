package dev.prewarm.application.idempotency;

import dev.prewarm.domain.idempotency.IdempotencyKey;
import dev.prewarm.domain.idempotency.IdempotentResponses;
import dev.prewarm.domain.idempotency.ParameterFingerprint;
import dev.prewarm.domain.idempotency.StoredResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a create action at most once per ClientToken. The claim of the token, the action (whose
 * own use cases join this transaction) and its stored response commit together: a crash or an
 * error leaves neither an object without its token nor a token without its object, and a retry
 * after an error runs again.
 *
 * <p>A concurrent call with the same token waits for the first: on PostgreSQL inside the claim
 * itself, on H2 (which may refuse the duplicate at once) by polling for the committed response for
 * at most {@link #CONCURRENT_WAIT}; past that it fails rather than run the action a second time.
 */
@ApplicationScoped
public class ClientTokens {
    /** Responses are replayed for at least this long after the first call. */
    public static final Duration RETENTION = Duration.ofHours(24);

    static final Duration CONCURRENT_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);

    @Inject
    IdempotentResponses responses;

    @Inject
    Clock clock;

    /**
     * @param work runs the action and returns its response body; called only by the call that
     *     claims the token
     * @return the body of the first successful call with this key
     * @throws dev.prewarm.domain.error.RequestRejectedException {@code IdempotentParameterMismatch}
     *     when the token was first used with other parameters
     */
    @Transactional
    public String once(IdempotencyKey key, ParameterFingerprint fingerprint, Supplier<String> work) {
        long attempts = CONCURRENT_WAIT.toMillis() / POLL.toMillis();
        for (long attempt = 0; attempt <= attempts; attempt++) {
            if (responses.claim(key, fingerprint, clock.instant())) {
                String body = work.get();
                responses.complete(key, body);
                return body;
            }
            Optional<StoredResponse> stored = responses.find(key);
            if (stored.isPresent()) {
                return stored.get().replayFor(fingerprint);
            }
            pause();
        }
        throw new IllegalStateException("ClientToken " + key.token() + " of " + key.action()
                + " is still in use by a concurrent call after " + CONCURRENT_WAIT);
    }

    /**
     * Forgets responses older than {@link #RETENTION}. Not scheduled yet: meant for the same
     * periodic timer as the nonce purge; concurrent purges on several instances are harmless.
     *
     * @return how many were removed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeExpired() {
        return responses.purgeOlderThan(clock.instant().minus(RETENTION));
    }

    private static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a concurrent ClientToken call", e);
        }
    }
}
