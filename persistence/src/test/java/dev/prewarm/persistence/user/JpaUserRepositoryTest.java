package dev.prewarm.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.prewarm.domain.user.Role;
import dev.prewarm.domain.user.User;
import dev.prewarm.domain.user.Username;
import dev.prewarm.persistence.schema.UniqueViolation;
import dev.prewarm.persistence.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JpaUserRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anAdminIsStoredAndReadBackWithItsRoleAndHash(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            boolean adminBefore = db.inTransaction(em -> new JpaUserRepository(em).anyAdminExists());
            db.runInTransaction(em -> new JpaUserRepository(em).add(User.admin(Username.of("admin"), "hash-1", T0)));

            User read = db.inTransaction(
                    em -> new JpaUserRepository(em).find(Username.of("admin")).orElseThrow());
            boolean adminAfter = db.inTransaction(em -> new JpaUserRepository(em).anyAdminExists());

            assertThat(adminBefore).isFalse();
            assertThat(adminAfter).isTrue();
            assertThat(read.role()).isEqualTo(Role.ADMIN);
            assertThat(read.passwordHash()).isEqualTo("hash-1");
            assertThat(read.createdAt()).isEqualTo(T0);
            assertThat(read.accountId()).isEmpty();
        }
    }

    /**
     * Two instances starting on a new database both find no admin and both create 'admin': the
     * later one's insert fails, as a unique violation the start-up can tell from other failures.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theAdminCreatedByTwoInstancesAtOnceIsRefusedToTheLaterAsAUniqueViolation(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            EntityManager first = db.entityManager();
            EntityManager second = db.entityManager();
            try {
                first.getTransaction().begin();
                second.getTransaction().begin();
                boolean firstFound = new JpaUserRepository(first).anyAdminExists();
                boolean secondFound = new JpaUserRepository(second).anyAdminExists();
                new JpaUserRepository(first).add(User.admin(Username.of("admin"), "hash-first", T0));
                first.getTransaction().commit();

                Throwable clash = catchThrowable(
                        () -> new JpaUserRepository(second).add(User.admin(Username.of("admin"), "hash-second", T0)));

                assertThat(firstFound || secondFound).isFalse();
                assertThat(clash).isNotNull();
                assertThat(UniqueViolation.isCauseOf(clash)).as("%s", clash).isTrue();
            } finally {
                for (EntityManager em : new EntityManager[] {first, second}) {
                    if (em.getTransaction().isActive()) {
                        em.getTransaction().rollback();
                    }
                    em.close();
                }
            }
            User stored = db.inTransaction(
                    em -> new JpaUserRepository(em).find(Username.of("admin")).orElseThrow());
            assertThat(stored.passwordHash()).isEqualTo("hash-first");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anUnknownUserIsAbsentNotNull(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Optional<User> found = db.inTransaction(em -> new JpaUserRepository(em).find(Username.of("nobody")));
            assertThat(found).isEmpty();
        }
    }
}
