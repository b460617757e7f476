package dev.prewarm.application.user;

import dev.prewarm.domain.user.User;
import dev.prewarm.domain.user.UserRepository;
import dev.prewarm.domain.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first operator, {@code admin}, when no admin exists yet: with the password from
 * {@code PREWARM_ADMIN_PASSWORD}, or else a generated one printed once in the log. Later starts
 * find the admin and change nothing, so a restart never resets a password.
 */
@ApplicationScoped
public class AdminBootstrap {
    static final Username ADMIN = Username.of("admin");
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    private UserRepository users;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "prewarm.admin.password")
    private Optional<String> configuredPassword;

    @Transactional
    public void ensureAnAdminExists() {
        if (users.anyAdminExists()) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(AdminBootstrap::generatePassword);
        users.add(User.admin(ADMIN, passwordHash.generate(password.toCharArray()), clock.instant()));
        if (configuredPassword.isPresent()) {
            LOG.info("Created the admin user 'admin' with the password from PREWARM_ADMIN_PASSWORD");
        } else {
            LOG.warning("Created the admin user 'admin' with the generated password " + password
                    + " (shown only this once; set PREWARM_ADMIN_PASSWORD to choose it on a new installation)");
        }
    }

    @Transactional
    public boolean anAdminExists() {
        return users.anyAdminExists();
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
