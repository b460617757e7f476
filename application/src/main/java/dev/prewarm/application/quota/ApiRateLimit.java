package dev.prewarm.application.quota;

import dev.prewarm.application.account.Accounts;
import dev.prewarm.domain.account.AccessKeyId;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.quota.ApiCallBuckets;
import dev.prewarm.domain.quota.ApiRate;
import dev.prewarm.domain.quota.TokenBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The API call rate of each AccessKey (API.md §6: 50/s, burst 100 unless the account's quota says
 * otherwise), enforced for the whole cluster through a token bucket row per key. Each take commits
 * on its own (REQUIRES_NEW) and holds the row lock only for its few statements, never for the
 * action it admits.
 *
 * <p>Time comes from the injected clock, not the database's: instances already need synchronised
 * clocks (signature timestamps, plan leases), the bucket never moves its time backwards so skew
 * can only delay a refill by the skew, and tests can drive time exactly.
 */
@ApplicationScoped
public class ApiRateLimit {
    @Inject
    ApiCallBuckets buckets;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** @return {@code true} when the call may proceed; a refused call leaves the bucket as it was */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean tryTake(AccountId account, AccessKeyId key) {
        ApiRate rate = ApiRate.of(accounts.policyFor(account));
        Instant now = clock.instant();
        Optional<TokenBucket> after =
                buckets.lock(key, TokenBucket.full(rate, now)).take(rate, now);
        after.ifPresent(bucket -> buckets.store(key, bucket));
        return after.isPresent();
    }
}
