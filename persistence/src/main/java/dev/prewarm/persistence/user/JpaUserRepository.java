package dev.prewarm.persistence.user;

import dev.prewarm.domain.user.Role;
import dev.prewarm.domain.user.User;
import dev.prewarm.domain.user.UserRepository;
import dev.prewarm.domain.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {
    @PersistenceContext(unitName = "prewarm")
    private EntityManager em;

    protected JpaUserRepository() {
        // for CDI
    }

    public JpaUserRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<User> find(Username username) {
        return Optional.ofNullable(em.find(User.class, username));
    }

    @Override
    public boolean anyAdminExists() {
        return !em.createQuery("select u.username from User u where u.role = :role", Username.class)
                .setParameter("role", Role.ADMIN)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<User> list() {
        return em.createQuery("select u from User u order by u.username", User.class)
                .getResultList();
    }

    /** Flushed, so a clash on the username is this call's exception rather than a failed commit later. */
    @Override
    public void add(User user) {
        em.persist(user);
        em.flush();
    }
}
