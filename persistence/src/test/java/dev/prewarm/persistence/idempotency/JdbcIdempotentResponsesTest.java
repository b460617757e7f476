package dev.prewarm.persistence.idempotency;

import static dev.prewarm.persistence.testing.Fixtures.ALICE;
import static dev.prewarm.persistence.testing.Fixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.idempotency.ClientToken;
import dev.prewarm.domain.idempotency.IdempotencyKey;
import dev.prewarm.domain.idempotency.ParameterFingerprint;
import dev.prewarm.domain.idempotency.StoredResponse;
import dev.prewarm.persistence.testing.Fixtures;
import dev.prewarm.persistence.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcIdempotentResponsesTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:04:01Z");
    private static final String ACTION = "CreateScheduledPreloadJob";
    private static final IdempotencyKey KEY = new IdempotencyKey(ALICE, ACTION, ClientToken.of("token-1"));
    private static final ParameterFingerprint PARAMS = ParameterFingerprint.of(Map.of("Name", "a"), List.of("Name"));
    private static final String BODY = "{\"Id\":\"665d0e3c9f1a2b3c4d5e6f70\",\"Name\":\"a\"}";

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCompletedClaimIsFoundAndCannotBeClaimedAgain(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            assertThat(claimAndComplete(db, KEY, BODY)).isTrue();

            assertThat(find(db, KEY)).contains(new StoredResponse(PARAMS, BODY));
            assertThat(claimAndComplete(db, KEY, "{}")).isFalse();
            assertThat(find(db, KEY)).contains(new StoredResponse(PARAMS, BODY));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theTokenIsUniqueWithinAccountAndActionOnly(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            claimAndComplete(db, KEY, BODY);
            assertThat(claimAndComplete(db, new IdempotencyKey(BOB, ACTION, KEY.token()), "{}"))
                    .isTrue();
            assertThat(claimAndComplete(
                            db, new IdempotencyKey(ALICE, "CreateScheduledPreloadExecutions", KEY.token()), "{}"))
                    .isTrue();
        }
    }

    /** A call that fails rolls back its claim: the token is free for the retry. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRolledBackClaimLeavesNoTrace(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            EntityManager em = db.entityManager();
            try {
                em.getTransaction().begin();
                assertThat(new JdbcIdempotentResponses(em).claim(KEY, PARAMS, NOW))
                        .isTrue();
                assertThat(new JdbcIdempotentResponses(em).find(KEY))
                        .as("claimed, not yet complete")
                        .isEmpty();
                em.getTransaction().rollback();
            } finally {
                em.close();
            }
            assertThat(find(db, KEY)).isEmpty();
            assertThat(claimAndComplete(db, KEY, BODY)).isTrue();
        }
    }

    /** Two instances with one token at once: the second never claims it while the first commits. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void ofTwoConcurrentClaimsOnlyOneSucceeds(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            EntityManager first = db.entityManager();
            try {
                first.getTransaction().begin();
                JdbcIdempotentResponses responses = new JdbcIdempotentResponses(first);
                assertThat(responses.claim(KEY, PARAMS, NOW)).isTrue();

                CompletableFuture<Boolean> second =
                        CompletableFuture.supplyAsync(() -> claimAndComplete(db, KEY, "{\"second\":true}"));
                awaitAtMost(second, 300); // lets the second block on the claim where the database makes it wait
                responses.complete(KEY, BODY);
                first.getTransaction().commit();

                assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
                assertThat(find(db, KEY)).contains(new StoredResponse(PARAMS, BODY));
            } finally {
                if (first.getTransaction().isActive()) {
                    first.getTransaction().rollback();
                }
                first.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void purgingRemovesOnlyTokensOlderThanTheCutoff(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            IdempotencyKey old = new IdempotencyKey(ALICE, ACTION, ClientToken.of("old"));
            db.runInTransaction(em -> {
                JdbcIdempotentResponses responses = new JdbcIdempotentResponses(em);
                responses.claim(old, PARAMS, NOW.minus(Duration.ofHours(25)));
                responses.complete(old, BODY);
                responses.claim(KEY, PARAMS, NOW.minus(Duration.ofHours(23)));
                responses.complete(KEY, BODY);
            });

            int purged = db.inTransaction(
                    em -> new JdbcIdempotentResponses(em).purgeOlderThan(NOW.minus(Duration.ofHours(24))));

            assertThat(purged).isEqualTo(1);
            assertThat(find(db, old)).isEmpty();
            assertThat(find(db, KEY)).isPresent();
        }
    }

    private static boolean claimAndComplete(TestDatabase db, IdempotencyKey key, String body) {
        return db.inTransaction(em -> {
            JdbcIdempotentResponses responses = new JdbcIdempotentResponses(em);
            boolean claimed = responses.claim(key, PARAMS, NOW);
            if (claimed) {
                responses.complete(key, body);
            }
            return claimed;
        });
    }

    private static Optional<StoredResponse> find(TestDatabase db, IdempotencyKey key) {
        return db.inTransaction(em -> new JdbcIdempotentResponses(em).find(key));
    }

    private static void awaitAtMost(CompletableFuture<?> future, long millis) throws Exception {
        try {
            future.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException blocked) {
            // expected on a database that makes the second claim wait for the first transaction
        }
    }
}
