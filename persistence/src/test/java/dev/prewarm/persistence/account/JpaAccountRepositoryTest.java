package dev.prewarm.persistence.account;

import static dev.prewarm.persistence.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.account.Account;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.plan.Interval;
import dev.prewarm.domain.plan.SliceLen;
import dev.prewarm.domain.quota.QuotaOverrides;
import dev.prewarm.persistence.testing.TestDatabase;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JpaAccountRepositoryTest {
    private static final AccountId ID = AccountId.of("1001");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anAccountIsReadBackWithEveryField(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Account account = Account.open(ID, "Alice", T0);
            account.disable();
            db.runInTransaction(em -> new JpaAccountRepository(em).add(account));
            db.runInTransaction(em -> new JpaAccountRepository(em).add(Account.open(AccountId.of("99"), "Zed", T0)));

            Account read =
                    db.inTransaction(em -> new JpaAccountRepository(em).find(ID).orElseThrow());
            var all = db.inTransaction(em -> new JpaAccountRepository(em).list());

            assertThat(read.id()).isEqualTo(ID);
            assertThat(read.name()).isEqualTo("Alice");
            assertThat(read.isEnabled()).isFalse();
            assertThat(read.createdAt()).isEqualTo(T0);
            assertThat(read.version()).isEqualTo(1);
            assertThat(all).extracting(Account::name).containsExactly("Alice", "Zed");
            Optional<Account> unknown = db.inTransaction(em -> new JpaAccountRepository(em).find(AccountId.of("7")));
            assertThat(unknown).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void quotaOverridesAreReadBackComponentByComponent(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            db.runInTransaction(em -> new JpaAccountRepository(em).add(Account.open(ID, "Alice", T0)));
            QuotaOverrides full = new QuotaOverrides(
                    3,
                    500_000,
                    10_000_000_000L,
                    20_000_000_000L,
                    Duration.ofMillis(90_500),
                    2048,
                    7,
                    new Interval(5),
                    new Interval(3600),
                    new SliceLen(2),
                    new SliceLen(5000),
                    50,
                    100);
            QuotaOverrides partial = QuotaOverrides.none().withPlansPerJob(4);

            QuotaOverrides before = db.inTransaction(em -> new JpaAccountRepository(em).quotaOverrides(ID));
            db.runInTransaction(em -> new JpaAccountRepository(em).saveQuotaOverrides(ID, full));
            QuotaOverrides readFull = db.inTransaction(em -> new JpaAccountRepository(em).quotaOverrides(ID));
            db.runInTransaction(em -> new JpaAccountRepository(em).saveQuotaOverrides(ID, partial));
            QuotaOverrides readPartial = db.inTransaction(em -> new JpaAccountRepository(em).quotaOverrides(ID));

            assertThat(before).isEqualTo(QuotaOverrides.none());
            assertThat(readFull).isEqualTo(full);
            assertThat(readPartial).isEqualTo(partial);
            QuotaOverrides unknown =
                    db.inTransaction(em -> new JpaAccountRepository(em).quotaOverrides(AccountId.of("7")));
            assertThat(unknown).isEqualTo(QuotaOverrides.none());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void savingOverridesForAnUnknownAccountFails(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            assertThatThrownBy(() -> db.runInTransaction(
                            em -> new JpaAccountRepository(em).saveQuotaOverrides(ID, QuotaOverrides.none())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1001");
        }
    }
}
