package dev.prewarm.domain.site;

import dev.prewarm.domain.account.AccountId;
import dev.prewarm.domain.error.PermissionDeniedException;
import java.time.Instant;
import java.util.Objects;

/** A site an account warms: its domains, status and request profile. Plans run only on active sites. */
public class Site {
    private SiteId id;
    private AccountId owner;
    private SiteName name;
    private SiteDomains domains;
    private SiteStatus status;
    private RequestProfile profile;
    private Instant createdAt;
    // Optimistic locking, owned by persistence; no domain logic reads or writes it.
    private long version;

    /** For JPA. */
    protected Site() {}

    private Site(
            SiteId id, AccountId owner, SiteName name, SiteDomains domains, RequestProfile profile, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.name = Objects.requireNonNull(name, "name");
        this.domains = Objects.requireNonNull(domains, "domains");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = SiteStatus.PENDING;
    }

    /** A new site starts {@code pending}: nothing is warmed until an operator activates it. */
    public static Site register(
            SiteId id, AccountId owner, SiteName name, SiteDomains domains, RequestProfile profile, Instant createdAt) {
        return new Site(id, owner, name, domains, profile, createdAt);
    }

    public void activate() {
        status = SiteStatus.ACTIVE;
    }

    public void takeOffline() {
        status = SiteStatus.OFFLINE;
    }

    public void rename(SiteName newName) {
        name = Objects.requireNonNull(newName, "name");
    }

    /** Existing jobs keep their accepted URLs; only later intakes and fetches use the new domains. */
    public void changeDomains(SiteDomains newDomains) {
        domains = Objects.requireNonNull(newDomains, "domains");
    }

    public void changeProfile(RequestProfile newProfile) {
        profile = Objects.requireNonNull(newProfile, "profile");
    }

    public boolean isActive() {
        return status == SiteStatus.ACTIVE;
    }

    public boolean owns(String host) {
        return domains.matches(host);
    }

    public void ensureOwnedBy(AccountId account) {
        if (!owner.equals(account)) {
            throw new PermissionDeniedException(id.toString());
        }
    }

    public SiteId id() {
        return id;
    }

    public AccountId owner() {
        return owner;
    }

    public SiteName name() {
        return name;
    }

    public SiteDomains domains() {
        return domains;
    }

    public SiteStatus status() {
        return status;
    }

    public RequestProfile profile() {
        return profile;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
