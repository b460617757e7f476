package dev.prewarm.application.user;

import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.user.User;
import dev.prewarm.domain.user.UserRepository;
import dev.prewarm.domain.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks a username and password against the stored PBKDF2 hash. Every failure looks the same to
 * the caller, and an unknown or malformed username still costs one hash verification (against a
 * dummy hash), so response times do not tell which usernames exist.
 */
@ApplicationScoped
public class UserAuthentication {
    @Inject
    UserRepository users;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    private volatile String dummyHash;

    /** The enabled user with this password, or empty; the role is the caller's to check. */
    public Optional<User> authenticate(String username, String password) {
        char[] candidate = password == null ? new char[0] : password.toCharArray();
        Optional<User> user = find(username);
        String storedHash = user.map(User::passwordHash).orElseGet(this::dummyHash);
        boolean matches = passwordHash.verify(candidate, storedHash);
        return user.filter(u -> matches && u.isEnabled());
    }

    private Optional<User> find(String username) {
        try {
            return username == null ? Optional.empty() : users.find(Username.of(username));
        } catch (InvalidParameterException malformed) {
            return Optional.empty();
        }
    }

    // Generated with the live hash settings, so a dummy verification costs what a real one does.
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            hash = passwordHash.generate(
                    Base64.getEncoder().encodeToString(random).toCharArray());
            dummyHash = hash;
        }
        return hash;
    }
}
