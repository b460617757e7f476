package dev.prewarm.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.ErrorCode;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.error.PermissionDeniedException;
import dev.prewarm.domain.error.RequestRejectedException;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessKeyTest {
    private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

    private static AccessKey aKey() {
        return AccessKey.issue(AccessKeyId.of("testAk"), AccountId.of("1001"), new SealedSecret("v1:abc"), CREATED);
    }

    @Test
    void aNewKeyIsEnabledAndUnused() {
        AccessKey key = aKey();

        assertThat(key.isEnabled()).isTrue();
        assertThat(key.status().wireName()).isEqualTo("enabled");
        assertThat(key.lastUsedAt()).isEmpty();
        assertThat(key.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void aDisabledKeyIsRefusedAsInactiveUntilEnabledAgain() {
        AccessKey key = aKey();

        key.disable();
        assertThatThrownBy(key::ensureEnabled)
                .isInstanceOfSatisfying(
                        RequestRejectedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ACCESS_KEY_INACTIVE));
        key.enable();
        key.ensureEnabled();
    }

    @Test
    void lastUseOnlyMovesForward() {
        AccessKey key = aKey();

        key.recordUse(CREATED.plusSeconds(10));
        key.recordUse(CREATED.plusSeconds(5));

        assertThat(key.lastUsedAt()).hasValue(CREATED.plusSeconds(10));
    }

    @Test
    void anotherAccountIsDenied() {
        assertThatThrownBy(() -> aKey().ensureOwnedBy(AccountId.of("2")))
                .isInstanceOfSatisfying(
                        PermissionDeniedException.class,
                        e -> assertThat(e.objectId()).isEqualTo("testAk"));
    }

    @Test
    void issuedIdsLookLikeEsaOnesAndSecretsAre30Alphanumerics() {
        SplittableRandom random = new SplittableRandom(7);

        assertThat(AccessKeyId.random(random).value()).matches("LTAI[A-Za-z0-9]{20}");
        AccessKeySecret secret = AccessKeySecret.generate(random);
        assertThat(secret.value()).matches("[A-Za-z0-9]{30}");
        assertThat(secret.toString()).doesNotContain(secret.value());
        assertThat(AccessKeySecret.generate(random)).isNotEqualTo(secret);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "a-b-c", "has space", "ünïcode"})
    void malformedAccessKeyIdsAreRefusedNamingThem(String bad) {
        assertThatThrownBy(() -> AccessKeyId.of(bad)).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
            assertThat(e.code()).isEqualTo("InvalidParameter.AccessKeyId");
            assertThat(e.getMessage()).contains("'" + bad + "'");
        });
    }

    @Test
    void sealedSecretsNeverPrintTheirValue() {
        assertThat(new SealedSecret("v1:abc").toString()).doesNotContain("abc");
    }

    @Test
    void accountsOpenEnabledAndCanBeDisabled() {
        Account account = Account.open(AccountId.of("1001"), " Acme ", CREATED);

        assertThat(account.name()).isEqualTo("Acme");
        assertThat(account.isEnabled()).isTrue();
        account.disable();
        assertThat(account.isEnabled()).isFalse();
        assertThatThrownBy(() -> account.rename(""))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.code()).isEqualTo("InvalidParameter.Name"));
    }
}
