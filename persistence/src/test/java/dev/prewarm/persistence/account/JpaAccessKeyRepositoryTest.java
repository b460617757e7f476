package dev.prewarm.persistence.account;

import static dev.prewarm.persistence.testing.Fixtures.ALICE;
import static dev.prewarm.persistence.testing.Fixtures.BOB;
import static dev.prewarm.persistence.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.domain.account.AccessKey;
import dev.prewarm.domain.account.AccessKeyId;
import dev.prewarm.domain.account.AccessKeyStatus;
import dev.prewarm.domain.account.SealedSecret;
import dev.prewarm.persistence.testing.Fixtures;
import dev.prewarm.persistence.testing.TestDatabase;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JpaAccessKeyRepositoryTest {
    private static final AccessKeyId KEY = AccessKeyId.of("LTAIaaaaaaaaaaaaaaaaaaaa");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aKeyIsFoundForItsSignatureWithEveryField(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            AccessKey key = AccessKey.issue(KEY, ALICE, new SealedSecret("sealed:abc"), T0);
            key.recordUse(T0.plusSeconds(90));
            key.disable();
            db.runInTransaction(em -> new JpaAccessKeyRepository(em).add(key));

            AccessKey read = db.inTransaction(
                    em -> new JpaAccessKeyRepository(em).findForSignature(KEY).orElseThrow());

            assertThat(read.owner()).isEqualTo(ALICE);
            assertThat(read.secret().value()).isEqualTo("sealed:abc");
            assertThat(read.status()).isEqualTo(AccessKeyStatus.DISABLED);
            assertThat(read.createdAt()).isEqualTo(T0);
            assertThat(read.lastUsedAt()).contains(T0.plusSeconds(90));
            Optional<AccessKey> unknown =
                    db.inTransaction(em -> new JpaAccessKeyRepository(em).findForSignature(AccessKeyId.of("testAk")));
            assertThat(unknown).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void listingShowsOnlyTheOwnersKeysAndRemovedKeysAreGone(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Fixtures.accountsAndSites(db);
            AccessKeyId second = AccessKeyId.of("LTAIbbbbbbbbbbbbbbbbbbbb");
            db.runInTransaction(em -> {
                var keys = new JpaAccessKeyRepository(em);
                keys.add(AccessKey.issue(KEY, ALICE, new SealedSecret("s1"), T0));
                keys.add(AccessKey.issue(second, ALICE, new SealedSecret("s2"), T0.plusSeconds(1)));
                keys.add(AccessKey.issue(AccessKeyId.of("LTAIcccccccccccccccccccc"), BOB, new SealedSecret("s3"), T0));
            });

            var before = db.inTransaction(em -> new JpaAccessKeyRepository(em).list(ALICE));
            db.runInTransaction(em -> {
                var keys = new JpaAccessKeyRepository(em);
                keys.remove(keys.findForSignature(KEY).orElseThrow());
            });
            var after = db.inTransaction(em -> new JpaAccessKeyRepository(em).list(ALICE));

            assertThat(before).extracting(AccessKey::id).containsExactly(KEY, second);
            assertThat(after).extracting(AccessKey::id).containsExactly(second);
        }
    }
}
