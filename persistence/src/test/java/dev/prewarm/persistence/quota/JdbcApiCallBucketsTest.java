package dev.prewarm.persistence.quota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.account.AccessKeyId;
import dev.prewarm.domain.quota.ApiRate;
import dev.prewarm.domain.quota.TokenBucket;
import dev.prewarm.persistence.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcApiCallBucketsTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:04:01.123456Z");
    private static final AccessKeyId KEY = AccessKeyId.of("LTAIaaaaaaaaaaaaaaaaaaaa");
    private static final ApiRate RATE = new ApiRate(1, 3);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aNewKeyStartsFullAndAStoredBucketIsReadBack(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            TokenBucket first =
                    db.inTransaction(em -> new JdbcApiCallBuckets(em).lock(KEY, TokenBucket.full(RATE, NOW)));
            assertThat(first).isEqualTo(new TokenBucket(3, NOW));

            db.runInTransaction(em -> new JdbcApiCallBuckets(em).store(KEY, new TokenBucket(0.25, NOW.plusSeconds(2))));

            TokenBucket again = db.inTransaction(
                    em -> new JdbcApiCallBuckets(em).lock(KEY, TokenBucket.full(RATE, NOW.plusSeconds(9))));
            assertThat(again).isEqualTo(new TokenBucket(0.25, NOW.plusSeconds(2)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void eachKeyHasItsOwnBucket(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            for (int call = 0; call < 3; call++) {
                assertThat(take(db, KEY, NOW)).isTrue();
            }
            assertThat(take(db, KEY, NOW)).isFalse();
            assertThat(take(db, AccessKeyId.of("LTAIbbbbbbbbbbbbbbbbbbbb"), NOW))
                    .isTrue();
            assertThat(take(db, KEY, NOW.plusSeconds(1))).isTrue();
        }
    }

    /**
     * Instances racing on one key, the first take of a key included: the row lock serialises them,
     * so at one instant no more calls than the burst are ever granted.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void concurrentTakersNeverExceedTheBurst(TestDatabase.Kind kind) throws Exception {
        ApiRate rate = new ApiRate(1, 10);
        int takers = 4;
        int attemptsEach = 8;
        ExecutorService pool = Executors.newFixedThreadPool(takers);
        try (TestDatabase db = TestDatabase.create(kind)) {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> results = new ArrayList<>();
            for (int t = 0; t < takers; t++) {
                results.add(CompletableFuture.supplyAsync(
                        () -> {
                            await(start);
                            int granted = 0;
                            for (int i = 0; i < attemptsEach; i++) {
                                granted += take(db, KEY, NOW, rate) ? 1 : 0;
                            }
                            return granted;
                        },
                        pool));
            }
            start.countDown();
            int total = 0;
            for (CompletableFuture<Integer> result : results) {
                total += result.get(60, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean take(TestDatabase db, AccessKeyId key, Instant now) {
        return take(db, key, now, RATE);
    }

    /** What the use case does in its own transaction: lock, one domain call, store. */
    private static boolean take(TestDatabase db, AccessKeyId key, Instant now, ApiRate rate) {
        return db.inTransaction((EntityManager em) -> {
            JdbcApiCallBuckets buckets = new JdbcApiCallBuckets(em);
            return buckets.lock(key, TokenBucket.full(rate, now))
                    .take(rate, now)
                    .map(after -> {
                        buckets.store(key, after);
                        return true;
                    })
                    .orElse(false);
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
