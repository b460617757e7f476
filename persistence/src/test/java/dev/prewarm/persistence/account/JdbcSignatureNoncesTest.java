package dev.prewarm.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.persistence.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcSignatureNoncesTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:04:01Z");
    private static final String NONCE = "db358325d532efadeb6d1592382929c89eeb57fe503f74e4a9a6ae06ada048ad";

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aNonceIsFirstUsedOnceAndSeenBeforeAfterwards(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            assertThat(firstUse(db, NONCE, NOW)).isTrue();
            assertThat(firstUse(db, NONCE, NOW.plusSeconds(5))).isFalse();
            assertThat(firstUse(db, "x".repeat(128), NOW)).isTrue();
        }
    }

    /** On PostgreSQL a failed statement would abort the transaction; a repeat must not. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRepeatedNonceLeavesTheTransactionUsable(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            db.runInTransaction(em -> {
                JdbcSignatureNonces nonces = new JdbcSignatureNonces(em);
                assertThat(nonces.firstUse("a", NOW)).isTrue();
                assertThat(nonces.firstUse("a", NOW)).isFalse();
                assertThat(nonces.firstUse("b", NOW)).isTrue();
            });

            assertThat(firstUse(db, "a", NOW)).isFalse();
            assertThat(firstUse(db, "b", NOW)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void purgingRemovesOnlyNoncesSeenBeforeTheCutoff(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            firstUse(db, "old", NOW.minus(Duration.ofMinutes(16)));
            firstUse(db, "edge", NOW.minus(Duration.ofMinutes(15)));
            firstUse(db, "new", NOW);

            int purged = db.inTransaction(
                    em -> new JdbcSignatureNonces(em).purgeOlderThan(NOW.minus(Duration.ofMinutes(15))));

            assertThat(purged).isEqualTo(1);
            assertThat(firstUse(db, "old", NOW)).isTrue();
            assertThat(firstUse(db, "edge", NOW)).isFalse();
            assertThat(firstUse(db, "new", NOW)).isFalse();
        }
    }

    /** Two instances racing with one nonce: the second waits for (or follows) the first and loses. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void ofTwoConcurrentTransactionsOnlyOneSeesTheFirstUse(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            EntityManager first = db.entityManager();
            try {
                first.getTransaction().begin();
                assertThat(new JdbcSignatureNonces(first).firstUse(NONCE, NOW)).isTrue();

                CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> firstUse(db, NONCE, NOW));
                // Gives the second a chance to block on the uncommitted row; either order must hold.
                awaitAtMost(second, 300);
                first.getTransaction().commit();

                assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
            } finally {
                if (first.getTransaction().isActive()) {
                    first.getTransaction().rollback();
                }
                first.close();
            }
        }
    }

    private static void awaitAtMost(CompletableFuture<?> future, long millis) throws Exception {
        try {
            future.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException blocked) {
            // expected on a database that makes the second insert wait for the first transaction
        }
    }

    private static boolean firstUse(TestDatabase db, String nonce, Instant seenAt) {
        return db.inTransaction(em -> new JdbcSignatureNonces(em).firstUse(nonce, seenAt));
    }
}
