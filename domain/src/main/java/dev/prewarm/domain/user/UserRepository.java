package dev.prewarm.domain.user;

import java.util.List;
import java.util.Optional;

/** Storage port for users. Users are installation-wide, so no account scoping applies here. */
public interface UserRepository {
    Optional<User> find(Username username);

    boolean anyAdminExists();

    List<User> list();

    void add(User user);
}
