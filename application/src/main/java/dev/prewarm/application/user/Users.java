package dev.prewarm.application.user;

import dev.prewarm.application.audit.Audited;
import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.account.AccountRepository;
import dev.prewarm.domain.error.InvalidParameterException;
import dev.prewarm.domain.user.User;
import dev.prewarm.domain.user.UserRepository;
import dev.prewarm.domain.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The people who sign in to the admin UI: operators of the installation and members of one account. */
@ApplicationScoped
@Transactional
public class Users {
    /** Long enough that the login throttle makes guessing hopeless. */
    static final int MIN_PASSWORD_LENGTH = 12;

    @Inject
    UserRepository users;

    @Inject
    AccountRepository accounts;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Clock clock;

    public Optional<User> find(String username) {
        try {
            return users.find(Username.of(username));
        } catch (InvalidParameterException malformed) {
            return Optional.empty();
        }
    }

    public List<User> list() {
        return users.list();
    }

    /** A member of the account, or an operator when the account is empty. */
    @Audited("user.add")
    public User add(Username username, String password, Optional<AccountId> account) {
        if (users.find(username).isPresent()) {
            throw new InvalidParameterException("Username", "the username '" + username + "' is taken");
        }
        String hash = passwordHash.generate(checked(password).toCharArray());
        User user = account.map(id -> User.member(username, hash, existing(id), clock.instant()))
                .orElseGet(() -> User.admin(username, hash, clock.instant()));
        users.add(user);
        return user;
    }

    /**
     * Enables or disables a user. Nobody disables themself: an operator who did would be locked out
     * at once, and with no other operator, the installation with them.
     */
    @Audited("user.setEnabled")
    public User setEnabled(Username actor, Username username, boolean enabled) {
        User user = users.find(username)
                .orElseThrow(() -> new InvalidParameterException("Username", "no user '" + username + "'"));
        if (!enabled && username.equals(actor)) {
            throw new InvalidParameterException(
                    "Username", "'" + username + "' is the user signed in; another operator must disable it");
        }
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        return user;
    }

    private AccountId existing(AccountId id) {
        return accounts.find(id)
                .map(a -> id)
                .orElseThrow(() -> new InvalidParameterException("AliUid", "no account " + id));
    }

    private static String checked(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidParameterException(
                    "Password", "must be at least " + MIN_PASSWORD_LENGTH + " characters long");
        }
        if (password.isBlank()) {
            throw new InvalidParameterException("Password", "must not be only spaces");
        }
        return password;
    }
}
