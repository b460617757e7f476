package dev.prewarm.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.user.User;
import dev.prewarm.domain.user.UserRepository;
import dev.prewarm.domain.user.Username;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsersTest {
    private static final Username ALICE = Username.of("alice");
    private static final Username BOB = Username.of("bob-operator");

    private final Users users = new Users();

    @BeforeEach
    void wire() {
        users.users = new InMemoryUsers();
        users.passwordHash = new PlainHash();
        users.clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
        users.add(ALICE, "a long enough password", Optional.empty());
        users.add(BOB, "another long password", Optional.empty());
    }

    @Test
    void anOperatorCannotDisableThemself() {
        assertThatThrownBy(() -> users.setEnabled(ALICE, ALICE, false))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("signed in");

        assertThat(users.find("alice")).get().extracting(User::isEnabled).isEqualTo(true);
    }

    @Test
    void anOperatorDisablesAndEnablesAnotherUser() {
        users.setEnabled(ALICE, BOB, false);
        assertThat(users.find("bob-operator")).get().extracting(User::isEnabled).isEqualTo(false);

        users.setEnabled(ALICE, BOB, true);
        assertThat(users.find("bob-operator")).get().extracting(User::isEnabled).isEqualTo(true);
    }

    @Test
    void enablingOneselfIsHarmless() {
        assertThat(users.setEnabled(ALICE, ALICE, true).isEnabled()).isTrue();
    }

    @Test
    void aShortPasswordIsRefusedNamingTheMinimum() {
        assertThatThrownBy(() -> users.add(Username.of("carol"), "short", Optional.empty()))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("12 characters");
    }

    @Test
    void aPasswordOfOnlySpacesIsRefused() {
        assertThatThrownBy(() -> users.add(Username.of("carol"), " ".repeat(12), Optional.empty()))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("only spaces");
        assertThat(users.find("carol")).isEmpty();
    }

    private static final class InMemoryUsers implements UserRepository {
        private final Map<Username, User> byName = new LinkedHashMap<>();

        @Override
        public Optional<User> find(Username username) {
            return Optional.ofNullable(byName.get(username));
        }

        @Override
        public boolean anyAdminExists() {
            return !byName.isEmpty();
        }

        @Override
        public List<User> list() {
            return List.copyOf(byName.values());
        }

        @Override
        public void add(User user) {
            byName.put(user.username(), user);
        }
    }

    /** Hashing is the platform's; here only that a non-empty hash is stored matters. */
    private static final class PlainHash implements Pbkdf2PasswordHash {
        @Override
        public String generate(char[] password) {
            return "plain:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            return hashedPassword.equals(generate(password));
        }
    }
}
