package dev.prewarm.domain.site;

import dev.prewarm.domain.account.AccountId;
import java.time.Instant;

/** Test data builder: {@code aSite().ownedBy("1001").withDomains("*.example.com").active().build()}. */
public final class SiteBuilder {
    private SiteId id = SiteId.of(1);
    private AccountId owner = AccountId.of("1001");
    private SiteName name = SiteName.of("Example");
    private SiteDomains domains = SiteDomains.of("example.com", "*.example.com");
    private RequestProfile profile = RequestProfile.defaults();
    private Instant createdAt = Instant.parse("2025-01-01T00:00:00Z");
    private SiteStatus status = SiteStatus.ACTIVE;

    private SiteBuilder() {}

    public static SiteBuilder aSite() {
        return new SiteBuilder();
    }

    public SiteBuilder withId(long value) {
        this.id = SiteId.of(value);
        return this;
    }

    public SiteBuilder ownedBy(String accountId) {
        this.owner = AccountId.of(accountId);
        return this;
    }

    public SiteBuilder named(String value) {
        this.name = SiteName.of(value);
        return this;
    }

    public SiteBuilder withDomains(String... values) {
        this.domains = SiteDomains.of(values);
        return this;
    }

    public SiteBuilder withProfile(RequestProfile value) {
        this.profile = value;
        return this;
    }

    public SiteBuilder createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public SiteBuilder pending() {
        this.status = SiteStatus.PENDING;
        return this;
    }

    public SiteBuilder active() {
        this.status = SiteStatus.ACTIVE;
        return this;
    }

    public SiteBuilder offline() {
        this.status = SiteStatus.OFFLINE;
        return this;
    }

    public Site build() {
        Site site = Site.register(id, owner, name, domains, profile, createdAt);
        switch (status) {
            case ACTIVE -> site.activate();
            case OFFLINE -> site.takeOffline();
            case PENDING -> {}
        }
        return site;
    }
}
